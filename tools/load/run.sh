#!/usr/bin/env bash
# Load test of the read API (issue #3's targets) against a started Release host on loopback.
#
#   tools/load/run.sh sqlite FILE       [PORT] [DURATION] [CONNECTIONS]
#   tools/load/run.sh postgres CONNSTR  [PORT] [DURATION] [CONNECTIONS]
#   CLAIMS=200000 tools/load/run.sh …   for a corpus generated with --claims 200000 (default 1000000;
#   ACTORS defaults to CLAIMS/20 like the generator's --actors)
#
# FILE / CONNSTR hold a corpus made by the generator, e.g.
#   ConnectionStrings__NewsTreaty="Data Source=/tmp/load/nt1m.db" dotnet run -c Release --project tools/corpus -- --claims 1000000
# The host runs with every middleware on (request logging at Warning, exception handler, conditional GET,
# rate limiter with a high anonymous allowance so the load generator is not throttled, read cache) and
# LoadTest:BaselineFile, which serves the exact bytes of one claim from memory at /loadtest/baseline:
# the same host, routing and response size without the database.
#
# Prints a Markdown table: each endpoint is warmed for 3 s, then measured with wrk for DURATION s.
# "varied" rows use a wrk Lua script that asks for a different claim, actor or word on every request,
# so nearly every request misses the read cache and reaches the database. It also prints the time from
# process start to the first answered claim, and the host's peak resident memory over the whole run.
set -euo pipefail
cd "$(dirname "$0")/../.."
engine=${1:?usage: tools/load/run.sh sqlite FILE|postgres CONNSTR [PORT] [DURATION] [CONNECTIONS]}
target=${2:?usage: tools/load/run.sh sqlite FILE|postgres CONNSTR [PORT] [DURATION] [CONNECTIONS]}
port=${3:-5399}
duration=${4:-15}
connections=${5:-16}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
out=$work/bin
keep_log=${TMPDIR:-/tmp}/newstreaty-load-host-$1.log # the host's log, kept for reading after the run
trap 'kill "$host" "$sampler" 2>/dev/null || true; wait "$host" 2>/dev/null || true; cp "$work/host.log" "$keep_log" 2>/dev/null || true; rm -rf "$work"' EXIT

case $engine in
  sqlite) provider=sqlite; connection="Data Source=$target" ;;
  postgres) provider=postgresql; connection=$target ;;
  *) echo "engine must be sqlite or postgres" >&2; exit 2 ;;
esac

echo "publishing Release, ReadyToRun, as the Dockerfile does…" >&2
rid=linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')
dotnet publish src/Web -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -v quiet -nologo -o "$out" >/dev/null
# One claim's bytes for the baseline; the host reads the file when the baseline is first asked for.
started=$(date +%s.%N)
(cd src/Web && Database__Provider=$provider ConnectionStrings__NewsTreaty="$connection" Database__SeedOnStart=false \
  Logging__MinimumLevel=Warning ApiLimits__AnonymousPermitLimit=1000000000 LoadTest__BaselineFile="$work/baseline.json" \
  ASPNETCORE_ENVIRONMENT=Production exec dotnet "$out/NewsTreaty.Web.dll" --urls "$base" >"$work/host.log" 2>&1) &
host=$!
claims=${CLAIMS:-1000000} # ids 1..CLAIMS exist in a corpus generated with --claims CLAIMS
actors=${ACTORS:-$(( claims / 20 ))} # the generator's default for --actors
first_claim=$(( claims / 2 ))
until curl -fs -o "$work/baseline.json" "$base/api/v1/claims/$first_claim" 2>/dev/null; do
  kill -0 "$host" 2>/dev/null || { cat "$work/host.log" >&2; exit 1; }
  sleep 0.05
done
first_response=$(awk -v a="$(date +%s.%N)" -v b="$started" 'BEGIN { printf "%.2f", a - b }')

# Peak memory of the host process (the dotnet process is the subshell's exec).
echo 0 >"$work/peak"
( while kill -0 "$host" 2>/dev/null; do
    rss=$(ps -o rss= -p "$host" 2>/dev/null | tr -d ' ' || echo 0)
    [ "${rss:-0}" -gt "$(cat "$work/peak")" ] && echo "$rss" >"$work/peak"
    sleep 0.5
  done ) &
sampler=$!

head_actor=$(curl -fs "$base/api/v1/actors?limit=500" | grep -oE '"id":[0-9]+,"slug":"syn-[^"]+-actor-0"' | head -1 | sed -E 's/"id":([0-9]+).*/\1/')
first_actor=${head_actor:-1}
etag=$(curl -fsI "$base/api/v1/claims/$first_claim" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')

cat >"$work/claims.lua" <<LUA
math.randomseed(os.time())
request = function() return wrk.format("GET", "/api/v1/claims/" .. math.random(1, $claims)) end
LUA
cat >"$work/actors.lua" <<LUA
math.randomseed(os.time() + 1)
request = function() return wrk.format("GET", "/api/v1/claims?limit=20&actor=" .. math.random($first_actor, $first_actor + $actors - 1)) end
LUA
# Eighteen queries: topic words the generator mixes in and vocabulary words from very common to rare.
# After the first request for each they are cache hits, so these rows measure a small hot set.
cat >"$work/words.lua" <<'LUA'
math.randomseed(os.time() + 2)
local words = { "treaty", "missile", "summit", "sanctions", "pyongyang", "moscow", "artillery", "alliance", "gidi", "juboya",
  "sajulo", "seji", "yabo", "kijagu", "gapi", "treaty missile", "summit moscow", "sanctions alliance" }
local sort = os.getenv("SORT") or "date"
request = function()
  return wrk.format("GET", "/api/v1/claims?limit=20&sort=" .. sort .. "&q=" .. words[math.random(#words)]:gsub(" ", "%%20"))
end
LUA

run() { # label, then wrk arguments
  local label=$1; shift
  wrk -t2 -c"$connections" -d3s --timeout 30s "$@" >/dev/null 2>&1 || true
  local result
  result=$(wrk -t2 -c"$connections" -d"${duration}s" --timeout 30s --latency "$@" 2>&1 || true)
  local rps p50 p99 errors
  rps=$(echo "$result" | awk '/Requests\/sec/ {printf "%\047.0f", $2}')
  p50=$(echo "$result" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$result" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$result" | grep -E "Non-2xx|Socket errors" | tr -s ' ' | paste -sd ';' - || true)
  echo "| $label | $rps | $p50 | $p99 | ${errors:-} |"
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# engine $engine, $claims claims; wrk -t2 -c$connections -d${duration}s --latency after a 3 s warm-up"
echo "# first claim answered $(echo "$first_response") s after the host process started"
echo
echo "| Endpoint | Requests/s | p50 | p99 | errors |"
echo "|---|---:|---:|---:|---|"
run "\`/loadtest/baseline\` (same bytes as one claim, no database)" "$base/loadtest/baseline"
run "\`/api/v1/claims/$first_claim\`" "$base/api/v1/claims/$first_claim"
run "\`/api/v1/claims/{id}\`, varied id" -s "$work/claims.lua" "$base"
run "304 revalidation of \`/api/v1/claims/$first_claim\`" -H "If-None-Match: $etag" "$base/api/v1/claims/$first_claim"
run "\`/api/v1/claims?actor=$first_actor&limit=20\` (the busiest actor)" "$base/api/v1/claims?actor=$first_actor&limit=20"
run "\`/api/v1/claims?actor={id}&limit=20\`, varied actor" -s "$work/actors.lua" "$base"
run "\`/api/v1/claims?q=treaty&sort=date&limit=20\` (newest first)" "$base/api/v1/claims?q=treaty&sort=date&limit=20"
run "\`/api/v1/claims?q=treaty%20missile&limit=20\` (relevance)" "$base/api/v1/claims?q=treaty%20missile&limit=20"
SORT=date run "\`/api/v1/claims?q={word}&sort=date\`, varied word" -s "$work/words.lua" "$base"
SORT=relevance run "\`/api/v1/claims?q={word}&sort=relevance\`, varied word" -s "$work/words.lua" "$base"
run "\`/api/v1/timeline\`" "$base/api/v1/timeline"
echo
echo "# host peak resident memory: $(( $(cat "$work/peak") / 1024 )) MB"
problems=$(grep -cE "^\[[0-9:]+ (WRN|ERR|FTL)\]" "$work/host.log" || true)
echo "# host log: $problems warnings or errors (whole log: $keep_log)"
grep -E "^\[[0-9:]+ (WRN|ERR|FTL)\]" "$work/host.log" | cut -c1-300 | head -5 || true
