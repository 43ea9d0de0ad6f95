#!/usr/bin/env bash
# Catalogue search latency under 64 concurrent connections (wrk), against a running hall:
# a warm-up (the JIT needs about a minute of this load before figures settle), then three measured
# runs of one query and three of a mix of twenty (search.lua), each with the load average before it.
#
# Usage: assembly/bench/search.sh [base URL, default http://127.0.0.1:8181] [connections, default 64]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=${1:-http://127.0.0.1:8181}
conns=${2:-64}
warm=${WARMUP:-60}
wrk -t2 -c"$conns" -d"${warm}s" -s "$here/search.lua" "$base" >/dev/null
sleep 5
summary() { awk '/ 50%/ {p50 = $2} / 90%/ {p90 = $2} / 99%/ {p99 = $2} /Requests\/sec/ {rps = $2} /Non-2xx|Socket errors/ {err = err " " $0}
  END {printf "%8.0f req/s  p50 %-8s p90 %-8s p99 %-8s%s\n", rps, p50, p90, p99, err}'; }
# load average before each run, and whether a Maven build (another load on the same cores) is running
state() { echo -n "load $(cut -d' ' -f1-3 /proc/loadavg)$(pgrep -f plexus.classworlds >/dev/null && echo ', MAVEN BUILD RUNNING')"; }
for run in 1 2 3; do
  echo -n "q=rcyj  run $run ($(state)): "
  wrk -t2 -c"$conns" -d15s --latency "$base/api/v1/items?q=rcyj" | summary
  sleep 5
done
for run in 1 2 3; do
  echo -n "mix of 20 run $run ($(state)): "
  wrk -t2 -c"$conns" -d15s --latency -s "$here/search.lua" "$base" | summary
  sleep 5
done
