#!/usr/bin/env bash
# Regenerates the EF Core compiled models (src/Domain/Data/Compiled/{Sqlite,Postgres}) after any change to the entity
# configurations; CompiledModelTests fails until they match. Needs the dotnet-ef tool of the EF Core version in
# Directory.Packages.props: dotnet tool install --tool-path /tmp/ef dotnet-ef --version 10.0.14 (then EF=/tmp/ef/dotnet-ef).
set -euo pipefail
cd "$(dirname "$0")/../.."
ef=${EF:-dotnet-ef}
export WithoutCompiledModel=true # the build dotnet-ef makes must not need the models it replaces
dotnet restore tools/efmodel -v quiet
build=()
for engine in sqlite postgresql; do
  folder=$([ "$engine" = sqlite ] && echo Sqlite || echo Postgres)
  rm -rf "src/Domain/Data/Compiled/$folder"
  EF_PROVIDER=$engine "$ef" dbcontext optimize "${build[@]}" --project src/Domain --startup-project tools/efmodel --context NewsTreatyDbContext \
    --output-dir "Data/Compiled/$folder" --namespace "NewsTreaty.Domain.Data.Compiled.$folder"
  # The host picks the model per engine (DatabaseSettings.Configure): no assembly-wide attribute naming one of them.
  rm -f "src/Domain/Data/Compiled/$folder/NewsTreatyDbContextAssemblyAttributes.cs"
  build=(--no-build)
done
