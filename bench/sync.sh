#!/usr/bin/env bash
# Sync benchmark, end to end: a kiosk (this JVM, -Xmx256m as on a Raspberry Pi) with N records waiting in its outbox
# (100,000: served tickets' queue events and ratings) sends them to the real hub: the app in its hub profile in a JVM
# of its own, on a throwaway PostgreSQL (initdb into a temporary directory, as the tests do: Debian's postgresql must
# be installed). Prints the time from "sync now" to an empty outbox and checks the hub holds exactly the N records.
# In BENCH_JAVA_OPTS: -Dbatch=N batch size (500); -Dhub=fake an in-JVM fake hub instead (the kiosk's own cost; it
# keeps every record in memory, so this JVM gets -Xmx512m then). Runs the test classpath with plain java
# (exec-maven-plugin is not in the offline Maven repository here). Set MVN_OFFLINE= to let Maven download.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -ntp ${MVN_OFFLINE--o} -q test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
heap=256m
case " ${BENCH_JAVA_OPTS:-} " in *" -Dhub=fake "*) heap=512m ;; esac
exec "$JAVA_HOME/bin/java" -Xmx$heap ${BENCH_JAVA_OPTS:-} \
    -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.motcua.kiosk.bench.SyncBenchmark "$@"
