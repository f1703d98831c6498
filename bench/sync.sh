#!/usr/bin/env bash
# Sync benchmark: a kiosk with N records waiting in its outbox (100,000) sends them to a hub in the same JVM that
# answers at once; prints the time from "sync now" to an empty outbox. -Dbatch=N in BENCH_JAVA_OPTS: batch size (500).
# Runs the test classpath with plain java (exec-maven-plugin is not in the offline Maven repository here).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -ntp ${MVN_OFFLINE--o} -q test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec "$JAVA_HOME/bin/java" -Xms256m -Xmx512m ${BENCH_JAVA_OPTS:-} \
    -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.motcua.kiosk.bench.SyncBenchmark "$@"
