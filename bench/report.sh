#!/usr/bin/env bash
# Report benchmark: one year of a busy office (100,000 tickets with their events, 100,000 ratings) generated into a
# fresh Derby in a temporary directory; times every report query over the year and over one month (median/max)
# and prints the database's size on disk. Argument: measured runs per query (7).
# Runs the test classpath with plain java (exec-maven-plugin is not in the offline Maven repository here).
# Set MVN_OFFLINE= to let Maven download what is missing (by default it runs offline, -o).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -ntp ${MVN_OFFLINE--o} -q test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec "$JAVA_HOME/bin/java" -Xms256m -Xmx1g ${BENCH_JAVA_OPTS:-} \
    -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.motcua.kiosk.bench.ReportBenchmark "$@"
