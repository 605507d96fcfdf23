#!/usr/bin/env bash
# Times GET /api/v1/claims/{id} (single requests, then wrk 10 s x 8 connections) for one build over one database.
# usage: NEWSTREATY_DB=/path/corpus.db tools/load/claim-detail.sh CHECKOUT PORT LABEL   (build CHECKOUT with -c Release first)
# The ids are claims of a corpus made by `generate --claims 200000`: 199994 is about the most frequent actor.
set -u
cd "$1/src/Web"
ConnectionStrings__NewsTreaty="Data Source=${NEWSTREATY_DB:-/tmp/perf/p200k.db}" Logging__MinimumLevel=Warning ASPNETCORE_ENVIRONMENT=Production \
  ApiLimits__AnonymousPermitLimit=100000000 dotnet bin/Release/net10.0/NewsTreaty.Web.dll --urls http://127.0.0.1:$2 > /tmp/newstreaty-host-$3.log 2>&1 &
pid=$!
for i in $(seq 1 60); do curl -sf http://127.0.0.1:$2/health/ready >/dev/null && break; sleep 1; done
for id in 199994 150000 77; do
  for n in 1 2 3; do curl -s -o /dev/null -w "$3 /api/v1/claims/$id %{http_code} %{time_total}s\n" http://127.0.0.1:$2/api/v1/claims/$id; done
done
wrk -t2 -c8 -d10s --latency http://127.0.0.1:$2/api/v1/claims/199994 | grep -E "Requests/sec|99%|50%|Non-2xx"
kill $pid; wait $pid 2>/dev/null
