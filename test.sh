#!/usr/bin/env bash
# Runs every test project in the solution and ends with one line: "N passed, N failed, N skipped".
# PostgreSQL and browser suites skip (saying why) when the server binaries or Chromium are missing;
# set NEWSTREATY_REQUIRE_POSTGRES=1 / NEWSTREATY_REQUIRE_BROWSER=1 to make that a failure (CI does).
# Extra arguments go to `dotnet test`, e.g. ./test.sh --filter "Category!=Browser".
set -uo pipefail
cd "$(dirname "$0")"
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

status=0
dotnet build NewsTreaty.sln -v quiet -nologo || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" --no-build --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" "$@" || status=$?
done

skips=$(grep -rhoE "(PostgreSQL|Browser|WordPress) tests skipped: [^<&]*" "$results" 2>/dev/null | sort -u)
if [ -n "$skips" ]; then
  printf '\nSkipped suites:\n%s\n' "$skips"
fi

# TRX counters: skipped tests are the ones not executed out of the total.
read -r passed failed skipped < <(
  cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' |
    awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "=");
             gsub(/"/, "", kv[2]);
             if (kv[1] == "total") t += kv[2];
             if (kv[1] == "executed") e += kv[2];
             if (kv[1] == "passed") p += kv[2];
             if (kv[1] == "failed" || kv[1] == "error" || kv[1] == "timeout" || kv[1] == "aborted") f += kv[2] } }
         END { print p + 0, f + 0, t - e }')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the build or a test host failed before any test could report
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
