#!/usr/bin/env bash
# Hub ingest benchmark: the app in its hub profile on a throwaway PostgreSQL (initdb into a temporary directory, as the
# tests do: Debian's postgresql must be installed), fed over HTTP: 1 kiosk sending 100,000 records in batches of
# 500, then 50 kiosks at once (2,000 records each), then the first kiosk's batches again (all duplicates).
# Runs the test classpath with plain java. Set MVN_OFFLINE= to let Maven download what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -ntp ${MVN_OFFLINE--o} -q test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec "$JAVA_HOME/bin/java" -Xms256m -Xmx1g ${BENCH_JAVA_OPTS:-} \
    -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.motcua.kiosk.bench.HubIngestBenchmark "$@"
