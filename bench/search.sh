#!/usr/bin/env bash
# Search benchmark: the in-memory SearchIndex against a plain Derby LIKE query, on the demo catalogue and on
# a generated 2,000-procedure catalogue; prints hit rate and p50/p99 latency. Argument: measured rounds (20).
# Runs the test classpath with plain java (exec-maven-plugin is not in the offline Maven repository here).
# Set MVN_OFFLINE= to let Maven download what is missing (by default it runs offline, -o); BENCH_JAVA_OPTS=-Dbench.misses=true lists the misses.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -ntp ${MVN_OFFLINE--o} -q test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec "$JAVA_HOME/bin/java" -Xms256m -Xmx512m ${BENCH_JAVA_OPTS:-} \
    -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.motcua.kiosk.bench.SearchBenchmark "$@"
