#!/usr/bin/env bash
# Startup time and memory of the production jar, as a kiosk sees them.
#
# Builds nothing: it needs the production jar first, e.g.
#   export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64   # any JDK 25
#   ./mvnw -B -ntp -Pproduction package -DskipTests
#   bench/startup.sh
#
# Each round uses a fresh, empty data directory and starts the jar twice on it:
#   first   - empty data dir: Derby database created, Flyway migrations, demo catalogue imported
#   restart - the same data dir again: what a kiosk does every morning or after a power cut
# For each start it measures the wall time from launching `java` until
#   html - GET / answers 200 with the kiosk page (Vaadin bootstrap HTML), and
#   ui   - the first Vaadin round trip (GET ?v-r=init, then the UIDL "ui-navigate" request
#          that renders the kiosk home screen) answers 200 with a UIDL response;
# then reads VmRSS and VmHWM from /proc/<pid>/status, makes WARMUP more kiosk page loads
# (new session each: HTML, its VAADIN/build assets, init, navigate) and reads them again.
# It stops the process with SIGTERM (graceful: Derby is shut down cleanly) before the next start.
# It prints figures only; there are no thresholds. Other work on the machine skews the times.
#
# Settings (environment variables):
#   JAR       the jar (default: target/motcua-kiosk-*.jar in the repository)
#   JAVA_HOME a JDK 25 (default: java on PATH, which must be 25)
#   HEAP      maximum heap (default 256m), passed as -Xmx
#   JAVA_OPTS further JVM options (default empty)
#   ROUNDS    rounds (default 5)
#   WARMUP    page loads after start before the second memory reading (default 20)
#   PORT      HTTP port (default: a free port chosen at random)
#   TIMEOUT   seconds to wait for a start (default 180)
#   KEEP_LOGS set to 1 to keep the application logs (their directory is printed)
#   AOT       set to 1 to start as the appliance does: the jar extracted and started with the JDK's AOT cache,
#             made once before the rounds by kiosk-image/aot-cache.sh (its training run is not timed)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROUNDS=${ROUNDS:-5}
WARMUP=${WARMUP:-20}
HEAP=${HEAP:-256m}
JAVA_OPTS=${JAVA_OPTS:-}
TIMEOUT=${TIMEOUT:-180}
KEEP_LOGS=${KEEP_LOGS:-0}
AOT=${AOT:-0}

die() { echo "startup.sh: $*" >&2; exit 1; }

for tool in curl awk sed grep sort; do
  command -v "$tool" >/dev/null || die "needs $tool"
done

if [ -z "${JAR:-}" ]; then
  shopt -s nullglob
  jars=("$here"/target/motcua-kiosk-*.jar)
  shopt -u nullglob
  [ ${#jars[@]} -eq 1 ] || die "expected one target/motcua-kiosk-*.jar, found ${#jars[@]}; build it with: ./mvnw -B -ntp -Pproduction package -DskipTests (or set JAR)"
  JAR=${jars[0]}
fi
[ -f "$JAR" ] || die "no jar at $JAR"
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")

if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java=$(command -v java || true); fi
[ -n "$java" ] && [ -x "$java" ] || die "no java: set JAVA_HOME to a JDK 25"
jver=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
[ "${jver%%.*}" -ge 25 ] 2>/dev/null || die "$java is Java $jver; set JAVA_HOME to a JDK 25"

if command -v unzip >/dev/null; then
  if ! unzip -p "$JAR" META-INF/VAADIN/config/flow-build-info.json 2>/dev/null | grep -q '"productionMode" *: *true'; then
    echo "warning: $JAR does not look like a production build (./mvnw -Pproduction package)" >&2
  fi
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -z "${PORT:-}" ]; then
  for _ in $(seq 50); do
    p=$((20000 + RANDOM % 20000))
    if port_free "$p"; then PORT=$p; break; fi
  done
  [ -n "${PORT:-}" ] || die "found no free port"
else
  port_free "$PORT" || die "port $PORT is in use"
fi
base="http://127.0.0.1:$PORT"

work=$(mktemp -d "${TMPDIR:-/tmp}/motcua-bench.XXXXXX")
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  if [ "$KEEP_LOGS" = 1 ]; then echo "logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
kb_of() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$2/status"; }
mb() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }

# One kiosk page load in a new session, as Chromium does it. Returns 0 when the UIDL answered.
# $1: a cookie jar to (re)use; writes the UIDL response to $1.uidl
page_load() {
  local jar=$1 html key ui asset
  rm -f "$jar"
  html=$(curl -sf -c "$jar" -b "$jar" "$base/") || return 1
  case $html in *'id="outlet"'*) ;; *) return 1 ;; esac
  for asset in $(printf '%s' "$html" | grep -oE '(src|href)="[^"]*VAADIN/build/[^"]*"' | sed -E 's/^[a-z]+="//; s/"$//; s#^\./##'); do
    curl -sf -o /dev/null -b "$jar" "$base/$asset" || return 1
  done
  curl -sf -c "$jar" -b "$jar" "$base/?v-r=init&location=&query=" >"$jar.init" || return 1
  key=$(grep -oE '"Vaadin-Security-Key" *: *"[^"]+"' "$jar.init" | sed -E 's/.*"([^"]+)"$/\1/')
  ui=$(grep -oE '"v-uiId" *: *[0-9]+' "$jar.init" | grep -oE '[0-9]+$')
  [ -n "$key" ] && [ -n "$ui" ] || return 1
  curl -sf -c "$jar" -b "$jar" -H 'Content-Type: application/json; charset=UTF-8' \
    --data "{\"csrfToken\":\"$key\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}" \
    "$base/?v-r=uidl&v-uiId=$ui" >"$jar.uidl" || return 1
  grep -q '"syncId":1' "$jar.uidl" && ! grep -qE 'appError|sessionExpired' "$jar.uidl"
}

# start <data dir> <log>: sets pid, t_html, t_ui, t_boot (Spring's own figure), mode
start_app() {
  local data=$1 log=$2 t0 deadline code
  t0=$(now_ms)
  # shellcheck disable=SC2086
  "$java" -Xmx"$HEAP" $JAVA_OPTS $aot_opts -jar "$run_jar" --motcua.data-dir="$data" --server.port="$PORT" \
    --server.address=127.0.0.1 >"$log" 2>&1 &
  pid=$!
  deadline=$(( t0 + TIMEOUT * 1000 ))
  t_html=""
  while :; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$log" >&2; die "the application exited during startup (log above)"; }
    [ "$(now_ms)" -lt "$deadline" ] || { tail -30 "$log" >&2; die "no answer within ${TIMEOUT}s"; }
    code=$(curl -s -o "$work/first.html" -w '%{http_code}' --max-time 5 "$base/" 2>/dev/null || true)
    if [ "$code" = 200 ] && grep -q 'id="outlet"' "$work/first.html"; then
      t_html=$(( $(now_ms) - t0 )); break
    fi
    sleep 0.05
  done
  page_load "$work/cookies" || { tail -30 "$log" >&2; die "the first Vaadin UIDL round trip failed"; }
  t_ui=$(( $(now_ms) - t0 ))
  t_boot=$(sed -nE 's/.*Started Application in ([0-9.]+) seconds.*/\1/p' "$log" | tail -1)
  if grep -q 'Vaadin is running in production mode' "$log"; then mode=production
  elif grep -qi 'development mode' "$log"; then mode=DEVELOPMENT
  else mode=unknown; fi
}

stop_app() {
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "warning: pid $pid did not stop within 30 s; killed" >&2
    kill -9 "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  pid=""
}

results="$work/results.tsv"
: >"$results"
measure() { # <round> <phase> <data dir>
  local round=$1 phase=$2 data=$3 log="$work/app-$1-$2.log" rss0 hwm0 rss1 hwm1 t w0 i
  start_app "$data" "$log"
  rss0=$(kb_of VmRSS "$pid"); hwm0=$(kb_of VmHWM "$pid")
  w0=$(now_ms)
  for i in $(seq "$WARMUP"); do
    page_load "$work/cookies" || die "page load $i failed (log: $log)"
  done
  t=$(( $(now_ms) - w0 ))
  rss1=$(kb_of VmRSS "$pid"); hwm1=$(kb_of VmHWM "$pid")
  printf '%-5s %-8s %8s %8s %8s %9s %9s %9s %9s %9s %-10s\n' "$round" "$phase" "$t_html" "$t_ui" \
    "${t_boot:--}" "$(mb "$rss0")" "$(mb "$hwm0")" "$(mb "$rss1")" "$(mb "$hwm1")" \
    "$(( WARMUP > 0 ? t / WARMUP : 0 ))" "$mode"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$phase" "$t_html" "$t_ui" "$(mb "$rss0")" "$(mb "$hwm0")" \
    "$(mb "$rss1")" "$(mb "$hwm1")" "$(( WARMUP > 0 ? t / WARMUP : 0 ))" >>"$results"
  stop_app
}

run_jar=$JAR
aot_opts=""
if [ "$AOT" = 1 ]; then
  echo "making the AOT cache (training run, not timed) ..."
  run_jar=$(JAVA_HOME=$(dirname "$(dirname "$java")") "$here/kiosk-image/aot-cache.sh" "$JAR" "$work/aot")
  aot_opts="-XX:AOTCache=$work/aot/app.aot"
fi

echo "jar:     $run_jar ${aot_opts:+(AOT cache: $aot_opts)}"
echo "java:    $java ($("$java" -version 2>&1 | head -1))"
echo "heap:    -Xmx$HEAP ${JAVA_OPTS:+(JAVA_OPTS: $JAVA_OPTS)}"
echo "port:    $PORT; rounds: $ROUNDS; warm-up page loads: $WARMUP; cpus: $(nproc 2>/dev/null || echo ?)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?) (1/5/15 min load average before the run)"
echo
echo "times in ms from launching java; memory in MiB (RSS, HWM = peak RSS) after start and after the warm-up"
printf '%-5s %-8s %8s %8s %8s %9s %9s %9s %9s %9s %-10s\n' round phase html_ms ui_ms boot_s \
  rss_start hwm_start rss_warm hwm_warm ms/load mode
for round in $(seq "$ROUNDS"); do
  data="$work/data-$round"
  mkdir -p "$data"
  measure "$round" first "$data"
  measure "$round" restart "$data"
  rm -rf "$data"
done

echo
echo "summary over $ROUNDS rounds: min / median / max"
printf '%-8s %-10s %10s %10s %10s\n' phase figure min median max
for phase in first restart; do
  col=2
  for name in html_ms ui_ms rss_start hwm_start rss_warm hwm_warm ms/load; do
    awk -F'\t' -v p="$phase" -v c="$col" '$1 == p {print $c}' "$results" | sort -g | awk -v p="$phase" -v n="$name" '
      { v[NR] = $1 }
      END {
        if (NR == 0) exit
        med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%-8s %-10s %10s %10s %10s\n", p, n, v[1], med, v[NR]
      }'
    col=$((col + 1))
  done
done
