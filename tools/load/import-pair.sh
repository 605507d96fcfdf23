#!/usr/bin/env bash
# Paired bulk imports (issue #12): two published builds of the host, each over its own copy of a corpus, take the same
# kind of bundle in turn, alternating which goes first, so the machine's drift falls on both alike. One warm-up import
# of 500 claims each first (the import path's JIT), then REPS rounds of one N-claim import each; prints seconds and
# milliseconds a claim per import, the load average, and each host's peak resident memory.
#
#   tools/load/import-pair.sh BEFORE_DIR BEFORE_CONNSTR AFTER_DIR AFTER_CONNSTR [REPS] [N]
#
# *_DIR: `dotnet publish src/Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o DIR` of
# each build; *_CONNSTR: PostgreSQL connection strings of two copies of the corpus (CREATE DATABASE b TEMPLATE corpus).
# The bundle is the load script's (bulk-bundle.jq): N new claims, each with one subject, one event and one appearance
# (the records with id 2).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
before_dir=${1:?usage: import-pair.sh BEFORE_DIR BEFORE_CONNSTR AFTER_DIR AFTER_CONNSTR [REPS] [N]}
before_db=${2:?connection string of the before corpus}
after_dir=${3:?publish directory of the after build}
after_db=${4:?connection string of the after corpus}
reps=${5:-8}
n=${6:-2000}
key="import-pair-key-$RANDOM$RANDOM$RANDOM"
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

start() { # dir connstr port
  (Database__Provider=postgresql ConnectionStrings__NewsTreaty="$2" Database__SeedOnStart=false Logging__MinimumLevel=Warning \
    ApiLimits__KeyedPermitLimit=1000000000 Auth__BootstrapAdminKey="$key" ASPNETCORE_ENVIRONMENT=Production \
    exec dotnet "$1/NewsTreaty.Web.dll" --urls "http://127.0.0.1:$3" >"$work/host-$3.log" 2>&1) &
  pids+=($!)
  until curl -fs -o /dev/null "http://127.0.0.1:$3/api/v1/claims/2"; do
    kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/host-$3.log" >&2; exit 1; }
    sleep 0.1
  done
}
start "$before_dir" "$before_db" 5401
start "$after_dir" "$after_db" 5402

base=http://127.0.0.1:5401
actor=$(curl -fs "$base/api/v1/actors/2" | jq -r .slug)
event=$(curl -fs "$base/api/v1/events/2" | jq -r .slug)
article=$(curl -fs "$base/api/v1/articles/2" | jq -r .slug)
bundle() { # run-name claims
  jq -n -f "$here/bulk-bundle.jq" --argjson n "$2" --arg run "$1" --arg actor "$actor" --arg event "$event" --arg article "$article" >"$work/bundle.json"
}
post() { # port
  curl -fs -o /dev/null -w '%{time_total}' -H "X-Api-Key: $key" -H "Content-Type: application/json" \
    --data-binary @"$work/bundle.json" "http://127.0.0.1:$1/api/v1/import"
}

stamp=$(date +%s)
echo "# $(date -u +%FT%TZ) $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); $reps rounds of $n claims"
for port in 5401 5402; do bundle "warm-$stamp-$port" 500; post "$port" >/dev/null; done
for r in $(seq 1 "$reps"); do
  order="5401 5402"
  if [ $((r % 2)) -eq 0 ]; then order="5402 5401"; fi
  for port in $order; do
    bundle "r$r-$stamp-$port" "$n"
    seconds=$(post "$port")
    name=before; if [ "$port" = 5402 ]; then name=after; fi
    awk -v t="$seconds" -v n="$n" -v name="$name" -v r="$r" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
      'BEGIN { printf "round %d %-6s %.3f s  %.3f ms a claim  load %s\n", r, name, t, 1000 * t / n, l }'
  done
done
echo "# host peak resident memory (VmHWM): before $(( $(awk '/^VmHWM:/ { print $2 }' "/proc/${pids[0]}/status") / 1024 )) MB," \
  "after $(( $(awk '/^VmHWM:/ { print $2 }' "/proc/${pids[1]}/status") / 1024 )) MB"
