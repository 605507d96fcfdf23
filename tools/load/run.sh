#!/usr/bin/env bash
# Load test of NewsTreaty (issues #3 and #12) against a started Release host on loopback.
#
#   tools/load/run.sh sqlite FILE       [PORT] [DURATION] [CONNECTIONS]
#   tools/load/run.sh postgres CONNSTR  [PORT] [DURATION] [CONNECTIONS]
#
# FILE / CONNSTR hold a corpus made by the generator (ids 1..N of each kind), e.g.
#   ConnectionStrings__NewsTreaty="Data Source=/tmp/load/nt1m.db" dotnet run -c Release --project src/Web -- generate --claims 1000000
# Environment: CLAIMS (default 1000000), ACTORS (CLAIMS/20), EVENTS (CLAIMS/50), ARTICLES (CLAIMS/5) as the generator's
# defaults; ONLY=regex runs only the rows whose label matches; WRITES=0 skips the rows that write; BULK=N claims in the
# bulk import row (default 2000); WARMUP=S seconds of warm-up before each row (default 3); OUT=FILE also appends the
# output there.
#
# The host runs with every middleware on (request logging at Warning, exception handler, conditional GET, rate limiter
# with a high anonymous allowance so the load generator is not throttled, read cache, telemetry) and
# LoadTest:BaselineFile, which serves the exact bytes of one claim from memory at /loadtest/baseline: the same host,
# routing and response size without the database. Every row is also given as a share of that baseline.
#
# Each row is warmed for 3 s (WARMUP), then measured with wrk for DURATION s. "varied" rows use a wrk Lua script that asks for
# a different record or word on every request, seeded apart in each wrk thread, so nearly every request misses the
# read cache and reaches the database. The varied words are a few thousand distinct words sampled from the corpus's
# own claims. The cache column is the share of a row's requests the read cache answered, read from the host's
# OpenTelemetry metrics (Telemetry:PrometheusEndpoint, /metrics) before and after the row. The load column is the machine's
# one-minute load average just before the row (the machine is shared: a row measured above 4 is not a result); host MB
# its resident memory just after the row (the footer gives the peak, the kernel's own high-water mark: VmHWM).
# Write rows create claims through the API with an admin key (two clients, as a newsroom's importer and an editor
# would) and one bulk import of BULK claims through POST /api/v1/import.
set -euo pipefail
cd "$(dirname "$0")/../.."
engine=${1:?usage: tools/load/run.sh sqlite FILE|postgres CONNSTR [PORT] [DURATION] [CONNECTIONS]}
target=${2:?usage: tools/load/run.sh sqlite FILE|postgres CONNSTR [PORT] [DURATION] [CONNECTIONS]}
port=${3:-5399}
duration=${4:-15}
connections=${5:-16}
only=${ONLY:-.}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
out=$work/bin
keep_log=${TMPDIR:-/tmp}/newstreaty-load-host-$1.log # the host's log, kept for reading after the run
key="load-test-admin-key-$RANDOM$RANDOM$RANDOM"
trap 'kill "$host" 2>/dev/null || true; wait "$host" 2>/dev/null || true; cp "$work/host.log" "$keep_log" 2>/dev/null || true; rm -rf "$work"' EXIT
say() { echo "$@"; if [ -n "${OUT:-}" ]; then echo "$@" >>"$OUT"; fi; }

case $engine in
  sqlite) provider=sqlite; connection="Data Source=$target" ;;
  postgres) provider=postgresql; connection=$target ;;
  *) echo "engine must be sqlite or postgres" >&2; exit 2 ;;
esac

echo "publishing Release, ReadyToRun, as the Dockerfile does…" >&2
rid=linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')
dotnet publish src/Web -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -v quiet -nologo -o "$out" >/dev/null
uptime_before=$(uptime)
claims=${CLAIMS:-1000000}
actors=${ACTORS:-$(( claims / 20 ))}
events=${EVENTS:-$(( claims / 50 ))}
articles=${ARTICLES:-$(( claims / 5 ))}
first_claim=$(( claims / 2 ))
started=$(date +%s.%N)
(cd src/Web && Database__Provider=$provider ConnectionStrings__NewsTreaty="$connection" Database__SeedOnStart=false \
  Logging__MinimumLevel=Warning ApiLimits__AnonymousPermitLimit=1000000000 ApiLimits__KeyedPermitLimit=1000000000 \
  LoadTest__BaselineFile="$work/baseline.json" Auth__BootstrapAdminKey="$key" Telemetry__PrometheusEndpoint=true \
  ASPNETCORE_ENVIRONMENT=Production exec dotnet "$out/NewsTreaty.Web.dll" --urls "$base" >"$work/host.log" 2>&1) &
host=$!
until curl -fs -o "$work/baseline.json" "$base/api/v1/claims/$first_claim" 2>/dev/null; do
  kill -0 "$host" 2>/dev/null || { cat "$work/host.log" >&2; exit 1; }
  sleep 0.02
done
first_response=$(awk -v a="$(date +%s.%N)" -v b="$started" 'BEGIN { printf "%.2f", a - b }')

head_actor=$(curl -fs "$base/api/v1/actors?limit=500" | grep -oE '"id":[0-9]+,"slug":"syn-[^"]+-actor-0"' | head -1 | sed -E 's/"id":([0-9]+).*/\1/')
first_actor=${head_actor:-1}
etag=$(curl -fsI "$base/api/v1/claims/$first_claim" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')

# The varied words: every distinct word of 3+ letters in about 3,000 of the corpus's claims (newest first, six pages),
# so the rows ask for a few thousand different searches, as crawlers and readers do, from rare words to the commonest.
cursor=""
: >"$work/sample.txt"
for _ in 1 2 3 4 5 6; do
  page=$(curl -fs "$base/api/v1/claims?limit=500${cursor:+&cursor=$cursor}")
  echo "$page" | jq -r '.items[].text' >>"$work/sample.txt"
  cursor=$(echo "$page" | jq -r '.next // empty' | sed -n 's/.*cursor=\([^&]*\).*/\1/p')
  [ -n "$cursor" ] || break
done
tr -cs '[:alpha:]' '\n' <"$work/sample.txt" | tr '[:upper:]' '[:lower:]' | awk 'length($0) >= 3' | sort | uniq -c | sort -rn >"$work/counts.txt"
common_word=$(head -1 "$work/counts.txt" | awk '{print $2}')
word_count=$(wc -l <"$work/counts.txt" | tr -d ' ')
awk '{printf "%s\"%s\"", (NR > 1 ? "," : ""), $2} END {print ""}' "$work/counts.txt" >"$work/words.txt"

# Each wrk thread gets its own random sequence: with one seed per run, both threads asked for the same ids and the
# second ask was a cache hit.
seeding='local threads = {}
function setup(thread) table.insert(threads, thread); thread:set("tid", #threads) end
function init(args) math.randomseed(os.time() * 1000 + tid * 7919 + math.floor(os.clock() * 1000000)) end'

# The read cache's answers, from the host's own OpenTelemetry metrics (Prometheus text at /metrics): hits and misses
# so far, summed over every label set of the counter.
cache_answers() {
  curl -fs "$base/metrics" | awk '
    /^newstreaty_read_cache_requests/ && /result="hit"/ { h += $NF }
    /^newstreaty_read_cache_requests/ && /result="miss"/ { m += $NF }
    END { printf "%d %d\n", h, m }'
}

varied() { # name, path prefix, upper bound, suffix
  cat >"$work/$1.lua" <<LUA
$seeding
request = function() return wrk.format("GET", "$2" .. math.random(1, $3) .. "$4") end
LUA
}
varied claims /api/v1/claims/ "$claims" ""
varied actor-claims "/api/v1/claims?limit=20&actor=" "$actors" ""
varied event-claims "/api/v1/claims?limit=20&event=" "$events" ""
varied events /api/v1/events/ "$events" ""
varied actors /api/v1/actors/ "$actors" ""
varied articles /api/v1/articles/ "$articles" ""
varied claim-pages /claims/ "$claims" ""
varied event-pages /events/ "$events" ""
varied actor-pages /actors/ "$actors" ""
varied claim-embeds /embed/claims/ "$claims" ""
varied event-embeds /embed/events/ "$events" ""
varied actor-embeds /embed/actors/ "$actors" ""
cat >"$work/words.lua" <<LUA
$seeding
local words = { $(cat "$work/words.txt") }
local sort = os.getenv("SORT") or "date"
request = function() return wrk.format("GET", "/api/v1/claims?limit=20&sort=" .. sort .. "&q=" .. words[math.random(#words)]) end
LUA

# Writes: each request creates a new claim by a known actor with one quotation of a known article (the generator's
# articles carry no text, so any quotation is accepted), with a slug unique to the run, the thread and the request.
write_actor=$(curl -fs "$base/api/v1/actors/2" | jq -r .slug)
write_event=$(curl -fs "$base/api/v1/events/2" | jq -r .slug)
write_article=$(curl -fs "$base/api/v1/articles/2" | jq -r .slug)
cat >"$work/create.lua" <<LUA
$seeding
local n = 0
local run = tostring(os.time())
request = function()
  n = n + 1
  local slug = "load-" .. run .. "-" .. tid .. "-" .. n
  local quote = "A quotation for " .. slug
  local body = '{"slug":"' .. slug .. '","text":"A claim written by the load test (' .. slug .. ').","kind":"factual-assertion",'
    .. '"claimantActor":"$write_actor","subjects":["$write_actor"],"events":["$write_event"],'
    .. '"appearances":[{"article":"$write_article","quote":"' .. quote .. '","start":0,"end":' .. #quote .. ',"role":"reports"}]}'
  return wrk.format("POST", "/api/v1/claims", { ["Content-Type"] = "application/json", ["X-Api-Key"] = "$key" }, body)
end
LUA

host_mb() { local kb; kb=$(ps -o rss= -p "$host" 2>/dev/null | tr -d ' ' || true); echo $(( ${kb:-0} / 1024 )); } # resident now

baseline_rps=""
run() { # label, then wrk arguments
  local label=$1; shift
  [[ $label =~ $only ]] || return 0
  local load result rps p50 p99 errors ratio hits
  load=$(cut -d' ' -f1 /proc/loadavg)
  wrk -t2 -c"${CLIENTS:-$connections}" -d"${WARMUP:-3}s" --timeout 30s "$@" >/dev/null 2>&1 || true
  local before after
  before=$(cache_answers)
  result=$(wrk -t2 -c"${CLIENTS:-$connections}" -d"${duration}s" --timeout 30s --latency "$@" 2>&1 || true)
  rps=$(echo "$result" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  p50=$(echo "$result" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$result" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$result" | grep -E "Non-2xx|Socket errors" | tr -s ' ' | paste -sd ';' - || true)
  [ -z "$baseline_rps" ] && baseline_rps=$rps
  ratio=$(awk -v r="${rps:-0}" -v b="${baseline_rps:-0}" 'BEGIN { if (b > 0) printf "%.3f", r / b; else print "–" }')
  after=$(cache_answers)
  # Share of the row's requests the cache answered (the prometheus exporter may serve a scrape up to 300 ms old, so
  # a few warm-up requests can fall on either side: immaterial against thousands per row).
  hits=$(echo "$before $after" | awk '{ h = $3 - $1; m = $4 - $2; if (h + m > 0) printf "%.0f%%", 100 * h / (h + m); else print "–" }')
  say "| $label | $rps | $ratio | $p50 | $p99 | ${hits:-} | $load | $(host_mb) | ${errors:-} |"
  last_rps=$rps
}

# Warm the host before the first row (JIT, tiered compilation, pools): measured cold, the baseline row came out at half
# of what a cached claim reached a minute later, and every ratio to it was doubled.
for warm in "$base/loadtest/baseline" "$base/api/v1/claims/$first_claim"; do
  wrk -t2 -c"$connections" -d5s "$warm" >/dev/null 2>&1 || true
done

say "# $(date -u +%FT%TZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
say "# uptime before: $uptime_before"
say "# engine $engine, $claims claims; wrk -t2 -c$connections -d${duration}s --latency after a ${WARMUP:-3} s warm-up (writes: 2 clients)"
say "# first claim answered $first_response s after the host process started"
say "# varied words: $word_count distinct words from the corpus's claims; the commonest is '$common_word'"
say
say "| Endpoint | Requests/s | × baseline | p50 | p99 | cache hits | load | host MB | errors |"
say "|---|---:|---:|---:|---:|---:|---:|---:|---|"
run "\`/loadtest/baseline\` (same bytes as one claim, no database)" "$base/loadtest/baseline"
run "\`/api/v1/claims/$first_claim\`" "$base/api/v1/claims/$first_claim"
run "\`/api/v1/claims/{id}\`, varied id" -s "$work/claims.lua" "$base"
run "304 revalidation of \`/api/v1/claims/$first_claim\`" -H "If-None-Match: $etag" "$base/api/v1/claims/$first_claim"
run "\`/api/v1/claims?actor=$first_actor&limit=20\` (the busiest actor)" "$base/api/v1/claims?actor=$first_actor&limit=20"
run "\`/api/v1/claims?actor={id}&limit=20\`, varied actor" -s "$work/actor-claims.lua" "$base"
run "\`/api/v1/claims?event={id}&limit=20\`, varied event" -s "$work/event-claims.lua" "$base"
run "\`/api/v1/events/7\`" "$base/api/v1/events/7"
run "\`/api/v1/events/{id}\`, varied event" -s "$work/events.lua" "$base"
run "\`/api/v1/actors/7\`" "$base/api/v1/actors/7"
run "\`/api/v1/actors/{id}\`, varied actor" -s "$work/actors.lua" "$base"
run "\`/api/v1/articles/7\`" "$base/api/v1/articles/7"
run "\`/api/v1/articles/{id}\`, varied article" -s "$work/articles.lua" "$base"
run "\`/api/v1/claims?q=treaty&sort=date&limit=20\` (newest first)" "$base/api/v1/claims?q=treaty&sort=date&limit=20"
run "\`/api/v1/claims?q=treaty%20missile&limit=20\` (relevance)" "$base/api/v1/claims?q=treaty%20missile&limit=20"
SORT=date run "\`/api/v1/claims?q={word}&sort=date\`, varied word" -s "$work/words.lua" "$base"
SORT=relevance run "\`/api/v1/claims?q={word}&sort=relevance\`, varied word" -s "$work/words.lua" "$base"
# With misses cheap, the warm-up alone asks for most of the few thousand words and the rows above become cache hits:
# the same words again with the admin key, which the read cache never answers, so every request reaches the database.
SORT=date run "\`/api/v1/claims?q={word}&sort=date\`, varied word, every request past the cache" -H "X-Api-Key: $key" -s "$work/words.lua" "$base"
SORT=relevance run "\`/api/v1/claims?q={word}&sort=relevance\`, varied word, every request past the cache" -H "X-Api-Key: $key" -s "$work/words.lua" "$base"
# The worst case for ranking, the commonest word (it matches most claims), past the read cache: a request with a key
# always reaches the endpoint. Once alone (a cold request), then under load.
if [[ "relevance, commonest word" =~ $only ]]; then
  cold=$(curl -fs -o /dev/null -w '%{time_total}' -H "X-Api-Key: $key" "$base/api/v1/claims?limit=20&sort=relevance&q=$common_word" || echo failed)
  say "| \`/api/v1/claims?q=$common_word&sort=relevance\` (the commonest word), one request past the cache | | | ${cold}s | | | $(cut -d' ' -f1 /proc/loadavg) | $(host_mb) | |"
fi
run "\`/api/v1/claims?q=$common_word&sort=relevance\` (the commonest word), every request past the cache" -H "X-Api-Key: $key" \
  "$base/api/v1/claims?limit=20&sort=relevance&q=$common_word"
run "\`/api/v1/claims?q=$common_word&sort=date\` (the commonest word, newest first), every request past the cache" -H "X-Api-Key: $key" \
  "$base/api/v1/claims?limit=20&sort=date&q=$common_word"
run "\`/api/v1/timeline\`" "$base/api/v1/timeline"
run "\`/\` (timeline page)" "$base/"
run "\`/claims/$first_claim\` (claim page)" "$base/claims/$first_claim"
run "\`/claims/{id}\` (claim page), varied" -s "$work/claim-pages.lua" "$base"
run "\`/events/7\` (event page)" "$base/events/7"
run "\`/events/{id}\` (event page), varied" -s "$work/event-pages.lua" "$base"
run "\`/actors/7\` (actor page)" "$base/actors/7"
run "\`/actors/{id}\` (actor page), varied" -s "$work/actor-pages.lua" "$base"
run "\`/embed/claims/$first_claim\`" "$base/embed/claims/$first_claim"
run "\`/embed/claims/{id}\`, varied" -s "$work/claim-embeds.lua" "$base"
run "\`/embed/events/7\`" "$base/embed/events/7"
run "\`/embed/events/{id}\`, varied" -s "$work/event-embeds.lua" "$base"
run "\`/embed/actors/7\`" "$base/embed/actors/7"
run "\`/embed/actors/{id}\`, varied" -s "$work/actor-embeds.lua" "$base"
if [ "${WRITES:-1}" != 0 ]; then
  last_rps=""
  CLIENTS=2 run "\`POST /api/v1/claims\`, 2 clients (creates)" -c2 -s "$work/create.lua" "$base"
  creates_rps=$last_rps
  if [[ "POST /api/v1/import, bulk import" =~ $only ]]; then # ONLY=POST runs both write rows
    bulk=${BULK:-2000}
    jq -n -f tools/load/bulk-bundle.jq --argjson n "$bulk" --arg run "$(date +%s)" \
      --arg actor "$write_actor" --arg event "$write_event" --arg article "$write_article" >"$work/bulk.json"
    seconds=$(curl -fs -o "$work/bulk-result.json" -w '%{time_total}' -H "X-Api-Key: $key" -H "Content-Type: application/json" \
      --data-binary @"$work/bulk.json" "$base/api/v1/import" || echo "failed")
    case $seconds in failed) ;; *) seconds="${seconds}s" ;; esac
    # Per record against one-by-one creates (the row above, two clients), when both ran.
    per=$(awk -v s="$seconds" -v n="$bulk" -v c="${creates_rps:-0}" 'BEGIN {
      if (s + 0 <= 0) { print "failed"; exit }
      printf "%.2f ms per claim, %.0f claims/s", 1000 * s / n, n / s
      if (c > 0) printf ", %.1f× one-by-one creates", (n / s) / c }')
    say "| \`POST /api/v1/import\`, one bundle of $bulk new claims | | | ${seconds} | | | $(cut -d' ' -f1 /proc/loadavg) | $(host_mb) | $per |"
  fi
fi
say
# The host's peak resident memory as the kernel counts it (VmHWM), so no short peak (the bulk import's) falls between
# samples; the dotnet process is the subshell's exec, so $host is its pid.
peak_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$host/status" 2>/dev/null || echo 0)
say "# host peak resident memory: $(( ${peak_kb:-0} / 1024 )) MB (VmHWM); load after: $(cut -d' ' -f1-3 /proc/loadavg)"
problems=$(grep -cE "^\[[0-9:]+ (WRN|ERR|FTL)\]" "$work/host.log" || true)
say "# host log: $problems warnings or errors (whole log: $keep_log)"
grep -E "^\[[0-9:]+ (WRN|ERR|FTL)\]" "$work/host.log" | cut -c1-300 | head -5 || true
