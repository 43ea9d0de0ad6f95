#!/usr/bin/env bash
# Runs the hall: builds the distribution if it is missing or older than the sources, unpacks it
# once into run/ (data survives restarts), and starts Karaf in the foreground with the console.
# Web UI: http://localhost:8181/hall/   REST: http://localhost:8181/api/v1/
# Staff passwords: run/qinqing-hall/data/hall/initial-passwords.txt
set -euo pipefail
cd "$(dirname "$0")"
dist=$(ls assembly/target/qinqing-hall-*.tar.gz 2>/dev/null | head -1 || true)
newest_source=$(find platform bundles features assembly/src pom.xml -newer "${dist:-/nonexistent}" -type f 2>/dev/null | grep -v /target/ | head -1 || true)
if [ -z "$dist" ] || [ -n "$newest_source" ]; then
  echo "Building the hall distribution (mvn -DskipTests install)..."
  mvn -B -q -DskipTests install
  dist=$(ls assembly/target/qinqing-hall-*.tar.gz | head -1)
fi
home=run/qinqing-hall
if [ ! -d "$home" ] || [ "$dist" -nt "$home/.unpacked" ]; then
  # keep data/ (cases, accounts' passwords), etc/users.properties and the demo switch across upgrades
  mkdir -p run && tmp=$(mktemp -d run/.unpack.XXXX)
  tar xzf "$dist" -C "$tmp" --strip-components=1
  if [ -d "$home/data" ]; then
    mv "$home/data" "$tmp/data"; cp "$home/etc/users.properties" "$tmp/etc/users.properties"
    cp "$home/etc/org.qinqing.hall.demo.cfg" "$tmp/etc/" 2>/dev/null || true
  fi
  rm -rf "$home" && mv "$tmp" "$home" && touch "$home/.unpacked"
fi
# demo applicants and cases, seeded once into an empty hall (set enabled = false in this file to stop it)
[ -f "$home/etc/org.qinqing.hall.demo.cfg" ] || echo "enabled = true" > "$home/etc/org.qinqing.hall.demo.cfg"
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
exec "$home/bin/karaf" "$@"
