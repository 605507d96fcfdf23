#!/usr/bin/env bash
# One varied row against a published host, with what each request cost the host (issue #12):
#
#   tools/load/row-cost.sh PUBLISHED_DIR DATABASE PATH_PREFIX UPPER [WARM_SECONDS] [SECONDS] [PORT]
#   e.g. tools/load/row-cost.sh /tmp/pub /tmp/load/copy.db /api/v1/claims/ 1000000
#        tools/load/row-cost.sh /tmp/pub "Host=127.0.0.1;Port=5499;Username=postgres;Database=nt" /api/v1/claims/ 100000
#
# Starts PUBLISHED_DIR/NewsTreaty.Web on DATABASE, a SQLite file or a PostgreSQL connection string (one that starts
# with Host=), with extra settings from the environment (e.g.
# ApiCache__Enabled=false), asks for PATH_PREFIX + a random number in 1..UPPER on every request (wrk -t2 -c16, each
# thread seeded apart) for WARM_SECONDS (20), then measures SECONDS (10) more and prints one line: requests/s, p99,
# the host's CPU (from /proc) and allocations (the runtime's dotnet.gc.heap.total_allocated, at /metrics) a request,
# and its resident memory after the row; on PostgreSQL also the server's CPU a request (every process of the user
# the server runs as on this machine, from /proc: run it with the server local and nothing else on it). Run two builds one after the other on the same database to compare them;
# the rows are only read (a host writes a few rows of its own at start).
set -euo pipefail
pub=${1:?usage: row-cost.sh PUBLISHED_DIR DATABASE PATH_PREFIX UPPER [WARM] [SECONDS] [PORT]}
db=${2:?database: a SQLite file or a PostgreSQL connection string}
case $db in
  Host=*) provider=postgresql; connection=$db ;;
  *) provider=sqlite; connection="Data Source=$db" ;;
esac
prefix=${3:?path prefix}
upper=${4:?upper bound}
warm=${5:-20}
seconds=${6:-10}
port=${7:-5613}
work=$(mktemp -d)
(cd "$pub" && Database__SeedOnStart=false Logging__MinimumLevel=Warning ApiLimits__AnonymousPermitLimit=1000000000 \
  Database__Provider=$provider ConnectionStrings__NewsTreaty="$connection" Telemetry__PrometheusEndpoint=true ASPNETCORE_ENVIRONMENT=Production \
  exec ./NewsTreaty.Web --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1) &
host=$!
trap 'kill "$host" 2>/dev/null || true; wait "$host" 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/api/v1/claims/1"; do
  kill -0 "$host" 2>/dev/null || { cat "$work/host.log" >&2; exit 1; }
  sleep 0.05
done
cat >"$work/row.lua" <<LUA
local threads = {}
function setup(thread) table.insert(threads, thread); thread:set("tid", #threads) end
function init(args) math.randomseed(os.time() * 1000 + tid * 7919 + math.floor(os.clock() * 1000000)) end
request = function() return wrk.format("GET", "$prefix" .. math.random(1, $upper)) end
LUA
allocated() { curl -fs "http://127.0.0.1:$port/metrics" | awk '/^dotnet_gc_heap_total_allocated/ { print $2 }'; }
cpu() { awk '{ print $14 + $15 }' "/proc/$host/stat"; } # user + system, in clock ticks
server_cpu() { # the PostgreSQL server's processes on this machine, user + system, in clock ticks
  [ "$provider" = postgresql ] || { echo 0; return; }
  for p in $(pgrep -u postgres 2>/dev/null); do awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null; done | awk '{ s += $1 } END { print s + 0 }'
}
wrk -t2 -c16 -d"${warm}s" -s "$work/row.lua" "http://127.0.0.1:$port" >/dev/null
load=$(cut -d' ' -f1 /proc/loadavg)
a0=$(allocated); c0=$(cpu); s0=$(server_cpu)
out=$(wrk -t2 -c16 -d"${seconds}s" --latency -s "$work/row.lua" "http://127.0.0.1:$port")
a1=$(allocated); c1=$(cpu); s1=$(server_cpu)
n=$(echo "$out" | awk '/requests in/ { print $1 }')
echo "$prefix{1..$upper}: $(echo "$out" | awk '/Requests\/sec/ { print $2 }') requests/s, p50 $(echo "$out" | awk '$1 == "50%" { print $2 }'), p99 $(echo "$out" | awk '$1 == "99%" { print $2 }')," \
  "host CPU $(awk -v a="$c0" -v b="$c1" -v n="$n" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.3f", (b - a) * 1000 / hz / n }') ms" \
  "and $(( (a1 - a0) / n / 1024 )) KB allocated a request,$([ "$provider" = postgresql ] && awk -v a="$s0" -v b="$s1" -v n="$n" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf " server CPU %.3f ms,", (b - a) * 1000 / hz / n }')" \
  "$(( $(ps -o rss= -p "$host") / 1024 )) MB resident after; load before $load"
