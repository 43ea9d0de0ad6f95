#!/usr/bin/env bash
# Runs the hall: builds the distribution if it is missing or older than the sources, installs it in
# run/qinqing-hall, and starts Karaf in the foreground with the console (arguments go to bin/karaf,
# e.g. ./hall.sh server). After a rebuild the distribution's bin/upgrade upgrades run/qinqing-hall in
# place: data/ (the database), accounts, configuration and deploy/ are kept, and it says what it kept.
# Web UI: http://localhost:8181/hall/   REST: http://localhost:8181/api/v1/
# Staff passwords: run/qinqing-hall/data/hall/initial-passwords.txt
# Ports: HALL_HTTP_PORT (8181), HALL_SSH_PORT (8101), HALL_RMI_REGISTRY_PORT (1099), HALL_RMI_SERVER_PORT (44444)
# HALL_BUILD replaces the build command (default: mvn -B -q -DskipTests install).
set -euo pipefail
cd "$(dirname "$0")"
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
home=run/qinqing-hall

# an upgrade interrupted at its swap: TARGET.previous is the old hall until the new one is in place
if [ -d "$home.previous" ]; then
  if [ -d "$home" ]; then
    rm -rf "$home.previous"
  else
    mv "$home.previous" "$home"
    echo "An interrupted upgrade left the previous hall aside: restored $home"
  fi
fi
rm -rf run/.unpack.*

dist=$(ls assembly/target/qinqing-hall-*.tar.gz 2>/dev/null | head -1 || true)
newest_source=$(find platform bundles features assembly/src pom.xml -newer "${dist:-/nonexistent}" -type f 2>/dev/null | grep -v /target/ | head -1 || true)
if [ -z "$dist" ] || [ -n "$newest_source" ]; then
  build=${HALL_BUILD:-mvn -B -q -DskipTests install}
  echo "Building the hall distribution ($build)..."
  eval "$build"
  dist=$(ls assembly/target/qinqing-hall-*.tar.gz | head -1)
fi
if [ ! -d "$home" ] || [ "$dist" -nt "$home/.unpacked" ]; then
  mkdir -p run && tmp=$(mktemp -d run/.unpack.XXXX)
  trap 'rm -rf "$tmp"' EXIT
  tar xzf "$dist" -C "$tmp" --strip-components=1
  touch "$tmp/.unpacked"
  # the new distribution's own script: it knows what the new version needs
  bash "$tmp/bin/upgrade" "$home"
  trap - EXIT
fi
# demo applicants and cases, seeded once into an empty hall (set enabled = false in this file to stop it)
[ -f "$home/etc/org.qinqing.hall.demo.cfg" ] || echo "enabled = true" > "$home/etc/org.qinqing.hall.demo.cfg"
# the demo takes tickets at any hour: with the demo on, the floor leaves opening hours unchecked unless
# etc/org.qinqing.hall.floor.cfg says otherwise (a real install, started with bin/karaf, enforces them)
if grep -Eq '^[[:space:]]*enabled[[:space:]]*=[[:space:]]*true' "$home/etc/org.qinqing.hall.demo.cfg" \
    && [ ! -f "$home/etc/org.qinqing.hall.floor.cfg" ]; then
  printf '# written by ./hall.sh for the demo: set true to refuse tickets outside opening hours\nenforceOpeningHours = false\n' \
    > "$home/etc/org.qinqing.hall.floor.cfg"
fi
exec "$home/bin/karaf" "$@"
