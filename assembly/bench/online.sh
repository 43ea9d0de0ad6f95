#!/usr/bin/env bash
# Online hall benchmark (issue 22): unpack the distribution fresh on its own ports, fix the hall
# clock on a working day, lift the per-address code limit (every client here is 127.0.0.1), start
# it, change the clerk's first-start password, run OnlineLoad.java (codes, logins, online
# applications with Bearer tokens), stop it.
#
# Usage: assembly/bench/online.sh [clients] [seconds] [people] [distribution.tar.gz]
# Environment: HALL_PORT (default 8381; SSH and JMX take the next three ports)
set -euo pipefail
clients=${1:-64}
seconds=${2:-20}
people=${3:-3000}
here=$(cd "$(dirname "$0")" && pwd)
dist=${4:-$(ls "$here"/../target/qinqing-hall-*.tar.gz | head -1)}
port=${HALL_PORT:-8381}
work=$(mktemp -d)
trap '"$work/hall/bin/stop" >/dev/null 2>&1 || true; sleep 3; rm -rf "$work"' EXIT
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
mkdir -p "$work/hall" && tar xzf "$dist" -C "$work/hall" --strip-components=1
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$work/hall/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = $((port + 1))/" "$work/hall/etc/org.apache.karaf.shell.cfg"
sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((port + 2))/; s/^rmiServerPort *=.*/rmiServerPort = $((port + 3))/" \
  "$work/hall/etc/org.apache.karaf.management.cfg"
echo "fixed = 2026-03-02T10:00:00+08:00" > "$work/hall/etc/org.qinqing.hall.clock.cfg"
echo "codesPerAddressHour = 1000000" > "$work/hall/etc/org.qinqing.hall.online.cfg"
"$work/hall/bin/start" >/dev/null 2>&1
api=http://127.0.0.1:$port/api/v1
until [ -s "$work/hall/data/hall/initial-passwords.txt" ] && grep -q '^clerk=' "$work/hall/data/hall/initial-passwords.txt" \
  && [ "$(curl -s -o /dev/null -w '%{http_code}' "$api/online/visits")" = 200 ]; do sleep 1; done
sleep 5
initial=$(sed -n 's/^clerk=//p' "$work/hall/data/hall/initial-passwords.txt" | head -1)
new="Bench-$(date +%s)-Pw!"
curl -s -o /dev/null -w 'password change %{http_code}\n' -u "clerk:$initial" -H 'Content-Type: application/json' \
  -d "{\"currentPassword\":\"$initial\",\"newPassword\":\"$new\"}" "$api/me/password"
java "$here/OnlineLoad.java" "http://127.0.0.1:$port" "$new" "$work/hall/data" "$clients" "$seconds" "$people"
