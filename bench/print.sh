#!/usr/bin/env bash
# Print benchmark: render (Java2D, bundled Noto Sans) + encode (ESC/POS raster in bands) time per ticket, p50/p99,
# for 58 and 80 mm paper, and bytes per ticket. Arguments: measured tickets per width (1000), warm-up tickets (300).
# Runs the test classpath with plain java (exec-maven-plugin is not in the offline Maven repository here).
# Set MVN_OFFLINE= to let Maven download what is missing (by default it runs offline, -o).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -ntp ${MVN_OFFLINE--o} -q test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec "$JAVA_HOME/bin/java" -Xms256m -Xmx512m -Djava.awt.headless=true ${BENCH_JAVA_OPTS:-} \
    -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.motcua.kiosk.bench.PrintBenchmark "$@"
