#!/usr/bin/env bash
# Hall board benchmark: time from a counter's callNext until 3 boards open in headless Chromium show the number
# (10 counters, one service), p50/p95/p99/max; and tickets issued per second through QueueService.issueTicket on
# 1 and 4 threads. Arguments: calls (200), ms between calls (100), tickets per issuing run (2000).
# Needs Debian's chromium and chromium-driver. Runs the test classpath with plain java (exec-maven-plugin is not
# in the offline Maven repository here). Set MVN_OFFLINE= to let Maven download what is missing (default: -o).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -ntp ${MVN_OFFLINE--o} -q test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec "$JAVA_HOME/bin/java" -Xms256m -Xmx512m ${BENCH_JAVA_OPTS:-} \
    -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.motcua.kiosk.bench.BoardLatencyBenchmark "$@"
