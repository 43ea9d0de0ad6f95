#!/usr/bin/env bash
# Cold boot benchmark: unpack the distribution fresh, start it, time until the REST API answers.
# Usage: assembly/bench/boot.sh [runs]   (build first: mvn -DskipTests install)
set -euo pipefail
runs=${1:-5}
here=$(cd "$(dirname "$0")" && pwd)
dist=$(ls "$here"/../target/qinqing-hall-*.tar.gz | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$runs"); do
  rm -rf "$work/hall" && mkdir -p "$work/hall"
  tar xzf "$dist" -C "$work/hall" --strip-components=1
  t0=$(date +%s%N)
  "$work/hall/bin/start" >/dev/null 2>&1
  until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8181/api/v1/items?q=rcyj)" = 200 ]; do sleep 0.1; done
  t1=$(date +%s%N)
  # all departments active, not just the first
  until curl -s http://127.0.0.1:8181/api/v1/departments | grep -q '"police"'; do sleep 0.1; done
  t2=$(date +%s%N)
  pid=$(pgrep -f "karaf.base=$work/hall" | head -1)
  rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  echo "run $i: REST ready $(( (t1 - t0) / 1000000 )) ms, all departments $(( (t2 - t0) / 1000000 )) ms, RSS $(( rss / 1024 )) MB"
  "$work/hall/bin/stop" >/dev/null 2>&1 || true
  while pgrep -f "karaf.base=$work/hall" >/dev/null; do sleep 0.2; done
done
