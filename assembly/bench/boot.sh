#!/usr/bin/env bash
# Cold boot benchmark: unpack the distribution fresh, start it, time until the REST API answers,
# until every department and composite is active and the web UI answers; then the heap used after
# a full GC and the resident size.
#
# Usage: assembly/bench/boot.sh [runs] [distribution.tar.gz]   (build first: mvn -DskipTests install)
# Environment: HALL_PORT (default 8181; another port also moves SSH and JMX to HALL_PORT+1..+3 so a
#              second hall on the machine does not clash), DEPARTMENTS (default 21), COMPOSITES (default 2).
set -euo pipefail
runs=${1:-5}
here=$(cd "$(dirname "$0")" && pwd)
dist=${2:-$(ls "$here"/../target/qinqing-hall-*.tar.gz | head -1)}
port=${HALL_PORT:-8181}
departments=${DEPARTMENTS:-21}
composites=${COMPOSITES:-2}
api=http://127.0.0.1:$port/api/v1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

ms() { echo $(( ($(date +%s%N) - t0) / 1000000 )); }
# wait until the command succeeds (polling every 0.1 s, at most 180 s)
await() { local until=$(( $(date +%s) + 180 )); until "$@"; do [ "$(date +%s)" -lt "$until" ] || { echo "timed out: $*" >&2; exit 1; }; sleep 0.1; done; }
ok() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ]; }
# at least $2 top-level entries of the JSON array at $1 have status ACTIVE
active() { curl -s "$1" | python3 -c 'import json,sys; sys.exit(0 if sum(1 for x in json.load(sys.stdin) if x.get("status") == "ACTIVE") >= int(sys.argv[1]) else 1)' "$2" 2>/dev/null; }

for i in $(seq 1 "$runs"); do
  rm -rf "$work/hall" && mkdir -p "$work/hall"
  tar xzf "$dist" -C "$work/hall" --strip-components=1
  if [ "$port" != 8181 ]; then
    sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$work/hall/etc/org.ops4j.pax.web.cfg"
    sed -i "s/^sshPort *=.*/sshPort = $((port + 1))/" "$work/hall/etc/org.apache.karaf.shell.cfg"
    sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((port + 2))/; s/^rmiServerPort *=.*/rmiServerPort = $((port + 3))/" \
      "$work/hall/etc/org.apache.karaf.management.cfg"
  fi
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  t0=$(date +%s%N)
  "$work/hall/bin/start" >/dev/null 2>&1
  await ok "$api/items?q=rcyj"; rest=$(ms)
  await active "$api/departments" "$departments"; depts=$(ms)
  await active "$api/composites" "$composites"; comps=$(ms)
  await ok "http://127.0.0.1:$port/hall/"; web=$(ms)
  pid=$(pgrep -f "karaf.base=$work/hall" | head -1)
  jcmd "$pid" GC.run >/dev/null
  heap=$(jcmd "$pid" GC.heap_info | awk '/garbage-first heap|def new generation|PSYoungGen/ && !done { for (f = 1; f <= NF; f++) if ($f == "used") { v = $(f + 1); sub(/K,?/, "", v); print int(v / 1024); done = 1 } }')
  meta=$(jcmd "$pid" GC.heap_info | awk '/Metaspace/ { for (f = 1; f <= NF; f++) if ($f == "used") { v = $(f + 1); sub(/K,?/, "", v); print int(v / 1024) } }')
  rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  echo "run $i (load $load): REST ready $rest ms, $departments departments $depts ms, $composites composites $comps ms," \
    "web UI $web ms; heap used after full GC $heap MB (metaspace $meta MB), RSS $(( rss / 1024 )) MB"
  "$work/hall/bin/stop" >/dev/null 2>&1 || true
  while pgrep -f "karaf.base=$work/hall" >/dev/null; do sleep 0.2; done
done
