#!/usr/bin/env bash
# Crash test: SIGKILL the host while it answers writes, ROUNDS times, then check that every write it acknowledged
# (201) is stored and that the database is intact.
#
#   tools/crash/run.sh postgres [ROUNDS] [PORT]   a throw-away PostgreSQL 15 cluster (Debian's binaries) in /tmp, with
#                                                 fsync and synchronous_commit on; every other round PostgreSQL itself
#                                                 is also crashed (pg_ctl stop -m immediate) and recovers on restart
#   tools/crash/run.sh sqlite [ROUNDS] [PORT]     a SQLite file in /tmp
#
# Each round starts the host, runs four writers (POST /api/v1/actors, one slug per request) for 1–3 s, then kills
# the host with SIGKILL in the middle of their requests. At the end it prints one line of figures and exits non-zero
# if an acknowledged write is missing or a check fails: PostgreSQL's amcheck (bt_index_check on every B-tree index,
# heap included) and the search index matching its rows; SQLite's integrity_check and the FTS integrity-check.
set -euo pipefail
cd "$(dirname "$0")/../.."
engine=${1:?usage: tools/crash/run.sh postgres|sqlite [ROUNDS] [PORT]}
rounds=${2:-20}
port=${3:-5$((RANDOM % 900 + 100))}
work=$(mktemp -d /tmp/newstreaty-crash-XXXXXX)
key=crash-test-admin-key-0123456789abcdef
base=http://127.0.0.1:$port
host=
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_port=$((port + 1000))

cleanup() {
  [ -n "$host" ] && kill -9 "$host" 2>/dev/null || true
  if [ "$engine" = postgres ] && [ -f "$work/pg/postmaster.pid" ]; then as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

case $engine in
  postgres)
    [ -n "$pg_bin" ] || { echo "PostgreSQL server binaries not found: install Debian's postgresql package" >&2; exit 2; }
    [ "$(id -u)" = 0 ] && chown postgres "$work"
    as_pg "$pg_bin/initdb" -D "$work/pg" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    pg_start() { as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1" start >/dev/null; }
    pg_start
    psql_nt() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d newstreaty -v ON_ERROR_STOP=1 -qAt "$@"; }
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE newstreaty" >/dev/null
    settings=(--Database:Provider=postgresql "--ConnectionStrings:NewsTreaty=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=newstreaty")
    ;;
  sqlite)
    settings=(--Database:Provider=sqlite "--ConnectionStrings:NewsTreaty=Data Source=$work/nt.db")
    ;;
  *) echo "engine must be postgres or sqlite" >&2; exit 2 ;;
esac

echo "building the host…" >&2
[ -n "${NO_BUILD:-}" ] || dotnet build src/Web -v quiet -nologo >/dev/null
dll=src/Web/bin/Debug/net10.0/NewsTreaty.Web.dll

start_host() {
  dotnet "$dll" --urls "$base" "${settings[@]}" --Auth:BootstrapAdminKey=$key --ApiLimits:AnonymousPermitLimit=1000000 \
    --Logging:MinimumLevel=Warning >>"$work/host.log" 2>&1 &
  host=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "$base/api/v1/actors?limit=1" && return 0
    sleep 0.1
  done
  echo "the host did not start; its log: $work/host.log" >&2
  tail -20 "$work/host.log" >&2
  exit 1
}

writer() { # $1 writer id, $2 round: POSTs until the host dies, appending each acknowledged slug to acked
  local n=0 slug status
  while true; do
    slug=crash-r$2-w$1-$n
    status=$(curl -s -o /dev/null -w '%{http_code}' -m 60 -H "X-Api-Key: $key" -H 'Content-Type: application/json' \
      -d "{\"slug\":\"$slug\",\"name\":\"Crash Test Writer $slug\",\"kind\":\"person\"}" "$base/api/v1/actors") || return 0
    echo "$status" >>"$work/status.$2.$1"
    [ "$status" = 201 ] && echo "$slug" >>"$work/acked.$1"
    [ "$status" = 000 ] && return 0
    n=$((n + 1))
  done
}

started=$(date +%s)
for round in $(seq 1 "$rounds"); do
  start_host
  for w in 1 2 3 4; do writer "$w" "$round" & done
  for _ in $(seq 1 600); do # the kill comes 1–3 s after the round's first answer, in the middle of the writes
    grep -qs . "$work"/status."$round".* && break
    sleep 0.1
  done
  sleep "$((RANDOM % 3 + 1)).$((RANDOM % 10))"
  kill -9 "$host"
  wait "$host" 2>/dev/null || true
  host=
  wait # the writers end on their first refused connection
  if [ "$engine" = postgres ] && [ $((round % 2)) = 0 ]; then
    as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null # PostgreSQL crashes too, mid-transaction
    pg_start                                                          # and replays its WAL
  fi
  printf 'round %d/%d: %d acknowledged so far\n' "$round" "$rounds" "$(cat "$work"/acked.* 2>/dev/null | wc -l)" >&2
done

echo "answers: $(cat "$work"/status.* | sort | uniq -c | tr -s ' \n' ' ')" >&2
cat "$work"/acked.* 2>/dev/null | sort >"$work/acked" || true
acked=$(wc -l <"$work/acked")
case $engine in
  postgres)
    psql_nt -c "SELECT \"Slug\" FROM actors WHERE \"Slug\" LIKE 'crash-r%'" | sort >"$work/stored"
    psql_nt -c "CREATE EXTENSION IF NOT EXISTS amcheck" >/dev/null
    indexes=$(psql_nt -c "SELECT count(*) FROM (SELECT bt_index_check(c.oid, true) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.amname = 'btree' AND n.nspname = 'public') checked")
    integrity="amcheck: $indexes B-tree indexes and their heaps clean"
    ;;
  sqlite)
    sqlite3 "$work/nt.db" "SELECT \"Slug\" FROM actors WHERE \"Slug\" LIKE 'crash-r%'" | sort >"$work/stored"
    check=$(sqlite3 "$work/nt.db" "PRAGMA integrity_check")
    [ "$check" = ok ] || { echo "integrity_check: $check" >&2; exit 1; }
    for fts in $(sqlite3 "$work/nt.db" "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"); do
      sqlite3 "$work/nt.db" "INSERT INTO $fts($fts) VALUES('integrity-check')"
    done
    integrity="integrity_check ok, FTS integrity-check ok"
    ;;
esac
missing=$(comm -23 "$work/acked" "$work/stored" | wc -l)
extra=$(comm -13 "$work/acked" "$work/stored" | wc -l)
echo "$engine: $rounds kills in $(($(date +%s) - started)) s, $acked acknowledged writes, $missing missing, $extra stored but unacknowledged (in flight at a kill); $integrity"
[ "$missing" = 0 ]
