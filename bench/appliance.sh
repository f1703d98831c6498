#!/usr/bin/env bash
# The appliance in QEMU (the amd64 image, TCG): boot to the kiosk home shown on the screen, the memory of the whole
# appliance (JVM + Chromium + compositor) after start and after N page views of the screen's own Chromium, and the
# JVM's start with and without the AOT cache.
#
#   sudo bench/appliance.sh [page views, default 200]
#
# Builds the image first when target/image/ has none (as kiosk-image/test-vm.sh does; the same QEMU settings:
# kiosk-image/vm-lib.sh). The page views are made by the screen's Chromium itself: for the benchmark only, it is
# started again with a DevTools port (MOTCUA_BROWSER_ARGS in /etc/default/motcua, in the overlay: gone at the next
# boot) and its policy without the DevTools ban, and chromedriver on this machine drives it through ssh. Each view
# is a full load of a kiosk page (home, the procedure list, fields, procedures' pages, search, take a number,
# rating): a new Vaadin UI in the JVM each time, more than a citizen's taps within a page make. The views stop
# after BENCH_MINUTES (default 45) if not all are made by then; the summary says how many were (README, Benchmarks).
# Prints figures as it goes and a summary at the end. Nothing here is a test: no figure can fail. It takes the
# machine for about an hour (TCG); other work on the machine skews the times.
set -uo pipefail

views=${1:-200}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../kiosk-image" && pwd)
repo=$(dirname "$here")
say() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 2; }
. "$here/vm-lib.sh"
summary=()
figure() { summary+=("$*"); say "$*"; }

# a portrait screen, as test-vm.sh's kiosk: a picture turned by the compositor costs software drawing (no GPU in the
# VM) much of the CPU on every frame, which a Pi's GPU does not pay
rotation=0 vga=720x1280
disk=$(make_disk bench <<EOF
role = kiosk
office_name = UBND xã Đo Đạc
ssh_key = $(cat "$work/key.pub")
EOF
)
say "booting the image (first boot: the database is made, the catalogue imported)"
boot "$disk"
wait_for 900 kiosk_answers || die "the kiosk did not answer within 900 s"
figure "boot to the kiosk answering on port 8080: $(( $(now) - boot_started )) s"
screen_shows home 600 "do dac" "lay so" || die "the kiosk home was not shown within 600 s"
figure "boot to the kiosk home read from the screen: $(( $(now) - boot_started )) s"

# memory LABEL: one line of the appliance's memory, from inside the VM. PSS shares a page among the processes that
# map it (Chromium's processes share most of theirs), so the parts add up to what they really take.
memory() {
  local line
  line=$(vm 'pss() { local sum=0 p v; for p in "$@"; do v=$(awk "/^Pss:/ {print \$2}" /proc/$p/smaps_rollup 2>/dev/null); sum=$((sum + ${v:-0})); done; echo $((sum / 1024)); }
    jvm=$(systemctl show -p MainPID --value motcua.service)
    echo "used $(free -m | awk "/^Mem:/ {print \$3}") MiB of $(free -m | awk "/^Mem:/ {print \$2}")," \
      "available $(free -m | awk "/^Mem:/ {print \$7}") MiB;" \
      "JVM $(pss "$jvm") MiB PSS (its cgroup $(( $(cat /sys/fs/cgroup/system.slice/motcua.service/memory.current) / 1048576 )) MiB with page cache);" \
      "Chromium + cage $(pss $(pgrep -u motcua-screen)) MiB PSS in $(pgrep -u motcua-screen -c -x chromium) processes"')
  figure "memory, $1: $line"
}
sleep 60 # let the first page settle: the figures are of an appliance at rest
memory "after start (the home on the screen for a minute)"

# ---------------------------------------------------------------- page views by the screen's own Chromium
vm "sed -i 's/\"DeveloperToolsAvailability\" *: *2/\"DeveloperToolsAvailability\": 1/' /run/motcua/chromium-policy.json \
    && echo 'MOTCUA_BROWSER_ARGS=--remote-debugging-port=9222' >> /etc/default/motcua \
    && systemctl restart motcua-session" || die "could not start the screen's Chromium with a DevTools port"
devtools_port=$(free_port)
ssh -q -i "$work/key" -p "$ssh_port" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes \
  -N -L "127.0.0.1:$devtools_port:127.0.0.1:9222" root@127.0.0.1 &
tunnel_pid=$!
trap 'kill $tunnel_pid 2>/dev/null; cleanup' EXIT
devtools_up() { curl -fs "http://127.0.0.1:$devtools_port/json/version"; }
wait_for 300 devtools_up || die "the screen's Chromium did not open its DevTools port"
screen_shows home-again 600 "do dac" "lay so" || die "the kiosk home was not shown again after the browser's restart"
sleep 60
memory "after the browser's restart (as after start, with the DevTools port)"

chromedriver --port="$wd_port" >"$work/chromedriver.log" 2>&1 &
wd_pid=$!
wait_for 30 curl -fs "http://127.0.0.1:$wd_port/status" || die "chromedriver did not start"
wd_session=$(curl -s -X POST -H 'Content-Type: application/json' "http://127.0.0.1:$wd_port/session" -d "$(jq -n \
  --arg a "127.0.0.1:$devtools_port" '{capabilities: {alwaysMatch: {"goog:chromeOptions": {debuggerAddress: $a}}}}')" \
  | jq -r .value.sessionId)
[ -n "$wd_session" ] && [ "$wd_session" != null ] || die "chromedriver could not attach to the screen's Chromium: $(tail -3 "$work/chromedriver.log")"
wd POST /timeouts '{"implicit": 0, "pageLoad": 120000, "script": 60000}' >/dev/null

kiosk=http://127.0.0.1:8080
# the catalogue: its fields are buttons on /thu-tuc (data-field), a field's procedures are buttons on its page
# (data-code), and a procedure's page is /thu-tuc/<code>
js_list() { # CSS selector, attribute, URL prefix: the page's values of that attribute as addresses
  wd POST /execute/sync "$(jq -n --arg s "$1" --arg a "$2" --arg p "$3" '{script: "return Array.from(document.querySelectorAll(arguments[0])).map(b => location.origin + arguments[2] + encodeURIComponent(b.getAttribute(arguments[1])))", args: [$s, $a, $p]}')" \
    | jq -r '.value[]?'
}
listed() { # URL selector attribute prefix: waits (bounded) for the page to list them
  local out
  wd_go "$1"
  for _ in $(seq 1 30); do out=$(js_list "$2" "$3" "$4"); [ -n "$out" ] && { printf '%s\n' "$out"; return; }; sleep 2; done
}
mapfile -t fields < <(listed "$kiosk/thu-tuc" "vaadin-button[data-field]" data-field /thu-tuc/linh-vuc/)
procedures=()
for f in "${fields[@]:0:6}"; do
  mapfile -t -O ${#procedures[@]} procedures < <(listed "$f" "vaadin-button[data-code]" data-code /thu-tuc/ | head -6)
done
[ ${#procedures[@]} -gt 0 ] || die "no procedures listed under the ${#fields[@]} fields of $kiosk/thu-tuc"
pages=("$kiosk/" "$kiosk/thu-tuc" "$kiosk/lay-so" "$kiosk/danh-gia" "$kiosk/thu-tuc/tim-kiem" "${fields[@]:0:6}" "${procedures[@]}")
say "$views page views over ${#pages[@]} pages (${#fields[@]} fields, ${#procedures[@]} procedures)"
# drawn SECONDS TEXT…: the page's text has one of TEXT (checked every half second: a view is timed to that)
drawn() {
  local end=$(( $(now) + $1 )) text t; shift
  while :; do
    text=$(wd_text)
    for t in "$@"; do [[ "$text" == *"$t"* ]] && return 0; done
    [ "$(now)" -lt "$end" ] || return 1
    sleep 0.5
  done
}
times=()
slow=0
deadline=$(( $(now) + ${BENCH_MINUTES:-45} * 60 ))
for i in $(seq 0 $(( views - 1 ))); do
  [ "$(now)" -lt "$deadline" ] || { say "  stopped after $i views: ${BENCH_MINUTES:-45} minutes passed"; break; }
  url=${pages[$(( i % ${#pages[@]} ))]}
  t0=$(date +%s%N)
  wd_go "$url"
  # drawn: Vaadin has put the page's text in (every kiosk page has the office's name in its header, or a title)
  if drawn 60 "Đo Đạc" "Đánh giá" "Lấy số"; then
    times+=($(( ($(date +%s%N) - t0) / 1000000 )))
  else
    slow=$((slow + 1))
  fi
  [ $(( (i + 1) % 50 )) = 0 ] && say "  $(( i + 1 )) views"
done
made=$(( ${#times[@]} + slow ))
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
pct() { printf '%s\n' "$sorted" | awk -v p="$1" '{a[NR]=$1} END {i=int((NR-1)*p/100)+1; print a[i]}'; }
figure "page views: ${#times[@]} drawn, $slow not within 60 s; load to drawn p50 $(pct 50) ms, p95 $(pct 95) ms, max $(pct 100) ms"
# back on the home, as the idle reset would bring it; the same browser (chromedriver is stopped, not told to quit:
# the browser it attached to stays as it is)
wd_go "$kiosk/"
wd_wait_text 60 "Đo Đạc" >/dev/null
kill "$wd_pid" 2>/dev/null; wd_pid=""
memory "right after $made page views"
sleep 120
memory "after $made page views and 2 minutes on the home"

# ---------------------------------------------------------------- the JVM's start, with and without the AOT cache
# as the appliance starts it: the screen stopped (the JVM alone on the VM's CPU), then motcua.service started by
# systemd on the database it already has; Type=notify, so `systemctl start` returns when the application says READY
# (the kiosk answers). "plain": the AOT cache moved aside for that start (the root is in memory: gone at next boot).
vm "systemctl stop motcua-screen-check.timer motcua-session"
jvm_start() { # aot|plain: seconds from `systemctl start` to READY, and Spring's own "Started Application in X seconds"
  vm "systemctl stop motcua.service
      [ $1 = plain ] && mv /opt/motcua/app/app.aot /opt/motcua/app/app.aot.off
      since=\$(date '+%Y-%m-%d %H:%M:%S'); t0=\$(date +%s%N)
      systemctl start motcua.service; t1=\$(date +%s%N)
      [ $1 = plain ] && mv /opt/motcua/app/app.aot.off /opt/motcua/app/app.aot
      spring=\$(journalctl -u motcua.service --since \"\$since\" -o cat | grep -o 'Started Application in [0-9.]* seconds' | tail -1)
      echo \"\$(( (t1 - t0) / 1000000 )) ms to READY (\$spring)\""
}
for run in 1 2; do
  figure "JVM start $run with the AOT cache made at install: $(jvm_start aot)"
  figure "JVM start $run without it (the plain jar): $(jvm_start plain)"
done
power_off

echo
echo "bench/appliance.sh, $(date -u +%Y-%m-%d), QEMU TCG 2 vCPUs 2 GiB, image $(basename "$image"):"
printf -- '- %s\n' "${summary[@]}"
