#!/usr/bin/env bash
# Load test of the read API against a started host on loopback. Bounded: each endpoint runs for
# DURATION seconds. Usage:
#   tools/load/run.sh DB_FILE [PORT] [DURATION] [CONNECTIONS]
# DB_FILE is a SQLite database, e.g. one made by:
#   ConnectionStrings__NewsTreaty="Data Source=/tmp/load/nt.db" dotnet run -c Release --project src/Web -- generate --claims 1000000
# Prints one wrk summary per endpoint; /loadtest/baseline serves the first endpoint's exact bytes
# from memory, to separate the host's own cost from the database's.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${1:?usage: tools/load/run.sh DB_FILE [PORT] [DURATION] [CONNECTIONS]}
port=${2:-5399}
duration=${3:-15}
connections=${4:-16}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
trap 'kill "$host" 2>/dev/null || true; wait "$host" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/Web -c Release -v quiet -nologo >/dev/null
ConnectionStrings__NewsTreaty="Data Source=$db" Database__SeedOnStart=false Logging__MinimumLevel=Warning \
  LoadTest__BaselineFile="$work/baseline.json" ASPNETCORE_ENVIRONMENT=Production \
  src/Web/bin/Release/net10.0/NewsTreaty.Web --urls "$base" >"$work/host.log" 2>&1 &
host=$!
for _ in $(seq 1 120); do curl -fs "$base/health/ready" >/dev/null && break; sleep 1; done

actor=$(curl -fs "$base/api/v1/actors?limit=1" | sed -E 's/.*"slug":"([^"]+)".*/\1/;q' | head -c 80)
claim=$(curl -fs "$base/api/v1/claims?limit=1" | sed -E 's/^[^0-9]*"id":([0-9]+).*/\1/')
endpoints=(
  "/api/v1/claims?limit=20"
  "/api/v1/claims/$claim"
  "/api/v1/claims?q=treaty%20missile&limit=20"
  "/api/v1/claims?actor=$actor&limit=20"
  "/api/v1/claims?minSources=3&sort=corroboration&limit=20"
  "/api/v1/events?minImportance=4&limit=20"
  "/api/v1/search?q=summit"
)
curl -fs "$base${endpoints[0]}" >"$work/baseline.json"
endpoints+=("/loadtest/baseline")

echo "# $(date -u +%FT%TZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), database $(du -h "$db" | cut -f1)"
echo "# wrk -t2 -c$connections -d${duration}s --latency"
for path in "${endpoints[@]}"; do
  curl -fs -o /dev/null -w "# first response %{http_code} in %{time_total}s, %{size_download} bytes: $path\n" "$base$path"
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$base$path" | grep -E "Requests/sec|Latency  |50%|99%|Non-2xx|Socket errors"
done
