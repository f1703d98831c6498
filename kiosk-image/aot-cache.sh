#!/usr/bin/env bash
# Prepares the kiosk jar for a fast start with the JDK's ahead-of-time cache (JDK 25, JEP 483/514/515).
#
#   kiosk-image/aot-cache.sh <production jar> <target dir>
#
# 1. Extracts the jar into <target dir> (Spring Boot's `-Djarmode=tools extract`: the application jar and lib/,
#    which the AOT cache needs instead of nested jars).
# 2. Makes one training run that starts the whole application context and exits
#    (-Dspring.context.exit=onRefresh), writing <target dir>/app.aot.
# Then start the kiosk with:
#   java -XX:AOTCache=<target dir>/app.aot -jar <target dir>/motcua-kiosk-<version>.jar
# The cache belongs to that jar at that absolute path and to that JDK: make it again after any of them changes
# (the JVM then refuses the cache, with a warning, and starts the slow way). So make it where the kiosk runs, after
# installing. The training run uses a throwaway data directory and port.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 <production jar> <target dir>" >&2; exit 2; }
jar=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
target=$2
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

rm -rf "$target"
mkdir -p "$target"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$target" >/dev/null
target=$(cd "$target" && pwd)
app="$target/$(cd "$target" && ls motcua-kiosk-*.jar)"
train=$(mktemp -d)
trap 'rm -rf "$train"' EXIT
(cd "$train" && "$java" -XX:AOTCacheOutput="$target/app.aot" -Dspring.context.exit=onRefresh -jar "$app" \
    --motcua.data-dir="$train/data" --server.port=0 --logging.level.root=warn >"$train/training.log" 2>&1) \
  || { tail -20 "$train/training.log" >&2; echo "aot-cache.sh: the training run failed" >&2; exit 1; }
[ -s "$target/app.aot" ] || { echo "aot-cache.sh: no cache was written" >&2; exit 1; }
echo "$app"
