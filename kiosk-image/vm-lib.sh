# The appliance's amd64 image in QEMU: the helpers of kiosk-image/test-vm.sh, in a file of their own for other tools (a benchmark). Sourced, not run;
# the caller sets `here` (this folder), `repo` and `say`/`die`, and gets: the image (built when missing), a work
# directory removed on exit (kept with KEEP=1), free ports on 127.0.0.1, and the functions below
# (boot, vm, screen_shows, wd_…).
#
# QEMU runs with TCG (no KVM here), 2 vCPUs, 2 GiB, a virtio screen (1280x720 unless the caller sets vga), an
# i6300esb hardware watchdog, and a user-mode network restricted to this machine: nothing leaves it; the VM's ssh
# (remote help, with a key made for the run) and port 8080 are forwarded to 127.0.0.1 only. Screens are read with
# QEMU's screendump, turned upright and read by tesseract (Vietnamese). Pages are opened by Chromium on this machine
# (chromedriver's W3C HTTP interface, driven with curl and jq).

# ---------------------------------------------------------------- tools, image
need=()
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
command -v tesseract >/dev/null || need+=(tesseract-ocr)
[ -e /usr/share/tesseract-ocr/5/tessdata/vie.traineddata ] || ls /usr/share/tesseract-ocr/*/tessdata/vie.traineddata >/dev/null 2>&1 || need+=(tesseract-ocr-vie)
command -v pnmflip >/dev/null || need+=(netpbm)
command -v mcopy >/dev/null || need+=(mtools)
command -v ssh >/dev/null || need+=(openssh-client)
command -v curl >/dev/null || need+=(curl)
command -v jq >/dev/null || need+=(jq)
command -v socat >/dev/null || need+=(socat)
command -v python3 >/dev/null || need+=(python3)
command -v chromedriver >/dev/null || need+=(chromium chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null || die "could not install ${need[*]}"
fi

out=${MOTCUA_IMAGE_OUT:-$repo/target/image}
image=${MOTCUA_IMAGE:-$out/motcua-kiosk-amd64.img}
if [ ! -s "$image" ]; then
  if ! ls "$repo"/target/motcua-kiosk_*_all.deb >/dev/null 2>&1; then
    say "building the .deb"
    (cd "$repo" && ./mvnw -B -ntp -q -Pproduction package -DskipTests) || die "the .deb did not build"
  fi
  say "building the image"
  "$here/build.sh" amd64 >/dev/null || die "the image did not build"
fi
kernel=$(dirname "$image")/vmlinuz-amd64
initrd=$(dirname "$image")/initrd-amd64.img
cmdline="$(cat "$(dirname "$image")/cmdline-amd64.txt") console=ttyS0"
[ -s "$kernel" ] && [ -s "$initrd" ] || die "no kernel/initrd beside $image"

work=$(mktemp -d "${TMPDIR:-/var/tmp}/motcua-vm.XXXXXX")
qemu_pid=""
host_pid=""
cleanup() {
  [ -n "${wd_pid:-}" ] && kill "$wd_pid" 2>/dev/null
  [ -n "$qemu_pid" ] && kill -9 "$qemu_pid" 2>/dev/null
  vm_close
  [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null
  [ -n "${tap_pid:-}" ] && kill "$tap_pid" 2>/dev/null
  [ -n "${own_pid:-}" ] && kill "$own_pid" 2>/dev/null
  if [ "${KEEP:-0}" = 1 ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
ssh-keygen -q -t ed25519 -N '' -C motcua-test-vm -f "$work/key"
# free_port: a port on 127.0.0.1 nobody listens on, and not given out before in this run
free_port() {
  local p
  for p in $(shuf -i 20000-60000 -n 50); do
    grep -qx "$p" "$work/ports" 2>/dev/null && continue
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p" >> "$work/ports"; echo "$p"; return; }
  done
}
ssh_port=$(free_port); web_port=$(free_port); mon_port=$(free_port); qmp_port=$(free_port)

vga=1280x720
now() { date +%s; }
# wait_for SECONDS COMMAND…: runs COMMAND every 2 s until it succeeds or SECONDS pass (bounded)
wait_for() {
  local limit=$1; shift
  local end=$(( $(now) + limit ))
  while [ "$(now)" -lt "$end" ]; do
    "$@" >/dev/null 2>&1 && return 0
    sleep 2
  done
  return 1
}

# ---------------------------------------------------------------- the VM
# make_disk NAME: a copy of the image with the test's motcua.txt (standard input) on its boot partition
make_disk() {
  local disk=$work/$1.img
  cp --sparse=always "$image" "$disk"
  cat > "$work/$1-motcua.txt"
  mcopy -o -i "$disk@@4M" "$work/$1-motcua.txt" ::/motcua.txt || die "could not write motcua.txt into $disk"
  echo "$disk"
}
# boot DISK [extra -nic options]: starts QEMU in the background (its console in $work/serial-<disk's name>.log), with a
# screen of $vga pixels (default 1280x720)
boot() {
  local disk=$1 extra=${2:-} name
  name=$(basename "$disk" .img)
  : > "$work/serial-$name.log"
  qemu-system-x86_64 -accel tcg -smp 2 -m 2048 -machine pc \
    -kernel "$kernel" -initrd "$initrd" -append "$cmdline" \
    -drive "file=$disk,if=virtio,format=raw" \
    -device "virtio-vga,xres=${vga%x*},yres=${vga#*x}" -display none -device virtio-tablet-pci \
    -device i6300esb -action watchdog=reset \
    -nic "user,restrict=on,model=virtio-net-pci,hostfwd=tcp:127.0.0.1:$ssh_port-:22,hostfwd=tcp:127.0.0.1:$web_port-:8080$extra" \
    -serial "file:$work/serial-$name.log" -monitor "tcp:127.0.0.1:$mon_port,server,nowait" \
    -qmp "tcp:127.0.0.1:$qmp_port,server,nowait" \
    >"$work/qemu-$name.log" 2>&1 &
  qemu_pid=$!
  boot_started=$(now)
}
monitor() { # HMP command
  { exec 5<>"/dev/tcp/127.0.0.1/$mon_port"; } 2>/dev/null || return 1 # not listening yet: QEMU is starting
  printf '%s\n' "$1" >&5
  timeout 5 head -c 200 <&5 >/dev/null 2>&1
  exec 5>&-
}
# qmp JSON…: QMP commands to QEMU, one per line (each given its moment: an input event is not a batch)
qmp() {
  local answer
  answer=$({ printf '{"execute": "qmp_capabilities"}\n'; for c in "$@"; do printf '%s\n' "$c"; sleep 0.2; done; sleep 0.3; } \
    | timeout 10 socat - "TCP:127.0.0.1:$qmp_port") || return 1
  [[ "$answer" == *'"return"'* && "$answer" != *'"error"'* ]]
}
# point X Y / tap X Y: a finger over, or on, the screen at pixel (X, Y) of the panel as it is built (the picture QEMU
# shows, before any turn of the compositor), through the VM's absolute pointer (virtio-tablet: 0..32767 over the
# panel, as a touchscreen reports). The finger arrives, then presses and lifts.
point() {
  qmp "$(printf '{"execute": "input-send-event", "arguments": {"events": [{"type": "abs", "data": {"axis": "x", "value": %d}}, {"type": "abs", "data": {"axis": "y", "value": %d}}]}}' \
    $(( $1 * 32767 / (${vga%x*} - 1) )) $(( $2 * 32767 / (${vga#*x} - 1) )))"
}
tap() {
  local press='{"execute": "input-send-event", "arguments": {"events": [{"type": "btn", "data": {"button": "left", "down": %s}}]}}'
  point "$1" "$2" && qmp "$(printf "$press" true)" "$(printf "$press" false)"
}
power_off() { # the plug pulled: QEMU killed, nothing flushed by the guest
  [ -n "$qemu_pid" ] && kill -9 "$qemu_pid" 2>/dev/null; wait "$qemu_pid" 2>/dev/null; qemu_pid=""
  [ -n "$own_pid" ] && kill "$own_pid" 2>/dev/null; own_pid=""
  vm_close
}
# ServerAlive: a connection through QEMU's user network that stalls (seen once, a CI run held 15 minutes by one
# "systemctl show" whose answer never came back) ends within a minute, and the caller's loop asks again.
# One SSH connection carries every command to a booted VM (ControlMaster): the waiting loops ask every 2 s, and a
# new connection each time (sshd started, keys exchanged under TCG) took CPU from the very JVM and browser whose
# start they were waiting for. vm_close ends it when the VM goes (a master left on a dead VM would hold every
# command until its ServerAlive gives up).
vm() { ssh -q -i "$work/key" -p "$ssh_port" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
         -o ConnectTimeout=10 -o ServerAliveInterval=10 -o ServerAliveCountMax=6 -o BatchMode=yes \
         -o ControlMaster=auto -o "ControlPath=$work/ssh-mux" -o ControlPersist=600 root@127.0.0.1 "$@"; }
vm_close() { ssh -q -o "ControlPath=$work/ssh-mux" -O exit root@127.0.0.1 2>/dev/null; rm -f "$work/ssh-mux"; }
kiosk_answers() { curl -fsS -o /dev/null --max-time 10 "http://127.0.0.1:$web_port/"; }
# own_screen: the kiosk's address as its own screen has it, a browser on the same machine: through an SSH tunnel
# into the VM, so that the JVM sees the connection come from 127.0.0.1. The forwarded port 8080 ($web_port) is how a
# phone or laptop on the LAN sees it, which may not take numbers. Call own_screen in this shell (not in "$(...)":
# the tunnel's process must be known here) after each boot, then use $own_url.
own_port=$(free_port)
own_pid=""
# "localhost", not 127.0.0.1 as the LAN's address has it: a browser keeps cookies by host name, not port, and the
# kiosk's session remembers the address it began from (a LAN session cannot become the kiosk's own screen)
own_url="http://localhost:$own_port"
own_screen() {
  if [ -z "$own_pid" ] || ! kill -0 "$own_pid" 2>/dev/null; then
    ssh -N -q -i "$work/key" -p "$ssh_port" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
      -o ConnectTimeout=10 -o ServerAliveInterval=10 -o ServerAliveCountMax=6 -o BatchMode=yes -o ExitOnForwardFailure=yes \
      -L "127.0.0.1:$own_port:127.0.0.1:8080" root@127.0.0.1 &
    own_pid=$!
  fi
  wait_for 30 curl -fsS -o /dev/null --max-time 10 "$own_url/"
}
# screen NAME: the VM's screen as the citizen sees it (upright) and its text, lower case, without diacritics
screen() {
  local shot=$work/$1.ppm
  rm -f "$shot"
  monitor "screendump $shot" || return 1
  wait_for 20 test -s "$shot" || return 1
  sleep 1 # the dump is written by QEMU's main loop: let it finish the file
  # the frame buffer as the monitor gets it; rotation = 90 turned the picture a quarter clockwise: turn it back
  if [ "${rotation:-0}" = 90 ]; then pnmflip -r270 "$shot" > "$work/$1-upright.ppm"; else cp "$shot" "$work/$1-upright.ppm"; fi
  # a picture unchanged since the last reading of this screen has the same text: tesseract is not asked again (a
  # white or waiting screen read every few seconds took a core from the VM's two)
  local sum
  sum=$(md5sum < "$work/$1-upright.ppm")
  [ -e "$work/$1.txt" ] && [ "$sum" = "$(cat "$work/$1.sum" 2>/dev/null)" ] && return 0
  printf '%s' "$sum" > "$work/$1.sum"
  pnmtopng "$work/$1-upright.ppm" > "$work/$1.png" 2>/dev/null
  # --psm 11: sparse text, as on tiles and boards (the default page layout missed whole tiles)
  # one thread: OpenMP's threads waited by spinning, 2.3 s instead of 0.7 s on this machine busy with the VM
  OMP_THREAD_LIMIT=1 tesseract "$work/$1-upright.ppm" - -l vie+eng --psm 11 2>/dev/null \
    | perl -CSD -MUnicode::Normalize -pe '$_ = NFD($_); s/\pM//g; tr/\x{111}\x{110}/dD/; $_ = lc' \
    > "$work/$1.txt"
}
# screen_shows NAME SECONDS TEXT…: waits until the screen's text has every TEXT (lower case, no diacritics)
screen_shows() {
  local name=$1 limit=$2; shift 2
  local end=$(( $(now) + limit ))
  while [ "$(now)" -lt "$end" ]; do
    if screen "$name"; then
      # the text as one line: words a narrow screen breaks over two lines ("danh / gia") are still found
      local all=1 t text
      text=$(tr -s '[:space:]' ' ' < "$work/$name.txt")
      for t in "$@"; do [[ "$text" == *"$t"* ]] || all=0; done
      [ $all = 1 ] && return 0
    fi
    sleep 3
  done
  return 1
}


# ---------------------------------------------------------------- a citizen at the kiosk, from this machine
# Chromium driven through chromedriver's W3C HTTP interface (curl + jq), against the VM's forwarded port 8080
wd_port=$(free_port)
wd_pid=""
wd_session=""
wd() { # METHOD PATH [JSON]
  curl -s --max-time 200 -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} \
    "http://127.0.0.1:$wd_port/session/$wd_session$2"
}
wd_start() {
  chromedriver --port="$wd_port" >"$work/chromedriver.log" 2>&1 &
  wd_pid=$!
  wait_for 30 curl -fs "http://127.0.0.1:$wd_port/status" || return 1
  wd_session=$(curl -s -X POST -H 'Content-Type: application/json' "http://127.0.0.1:$wd_port/session" -d "$(jq -n \
    --arg dir "$work/wd-profile" '{capabilities: {alwaysMatch: {"goog:chromeOptions": {binary: "/usr/bin/chromium",
      args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             "--disable-background-networking", "--window-size=1080,1920", ("--user-data-dir=" + $dir)]}}}}')" \
    | jq -r .value.sessionId)
  [ -n "$wd_session" ] && [ "$wd_session" != null ] || return 1
  wd POST /timeouts '{"implicit": 120000, "pageLoad": 180000, "script": 60000}' >/dev/null
}
wd_stop() { [ -n "$wd_session" ] && wd DELETE "" >/dev/null; [ -n "$wd_pid" ] && kill "$wd_pid" 2>/dev/null; wd_pid=""; wd_session=""; }
wd_go() { wd POST /url "$(jq -n --arg u "$1" '{url: $u}')" >/dev/null; }
wd_text() { wd POST /execute/sync '{"script": "return document.body.innerText", "args": []}' | jq -r .value; }
wd_url() { wd GET /url | jq -r .value; }
# wd_wait_text SECONDS TEXT…: the page's text once it has one of TEXT (Vaadin draws the page after it loads), or what
# it had when SECONDS passed
wd_wait_text() {
  local limit=$1 text t; shift
  local end=$(( $(now) + limit ))
  while :; do
    text=$(wd_text)
    for t in "$@"; do [[ "$text" == *"$t"* ]] && { printf '%s' "$text"; return 0; }; done
    [ "$(now)" -lt "$end" ] || { printf '%s' "$text"; return 1; }
    sleep 2
  done
}
wd_click() { # a button whose text contains TEXT (found within the implicit wait)
  local id
  id=$(wd POST /element "$(jq -n --arg t "$1" '{using: "xpath", value: ("//vaadin-button[contains(normalize-space(.), \"" + $t + "\")]")}')" \
       | jq -r '.value["element-6066-11e4-a52e-4f735466cecf"] // empty')
  [ -n "$id" ] && wd POST "/element/$id/click" '{}' >/dev/null
}
wd_type() { # CSS TEXT: types TEXT into the element CSS finds (within the implicit wait)
  local id
  id=$(wd POST /element "$(jq -n --arg c "$1" '{using: "css selector", value: $c}')" \
       | jq -r '.value["element-6066-11e4-a52e-4f735466cecf"] // empty')
  [ -n "$id" ] && wd POST "/element/$id/value" "$(jq -n --arg t "$2" '{text: $t}')" >/dev/null
}
wd_press() { # CSS: clicks the element CSS finds
  local id
  id=$(wd POST /element "$(jq -n --arg c "$1" '{using: "css selector", value: $c}')" \
       | jq -r '.value["element-6066-11e4-a52e-4f735466cecf"] // empty')
  [ -n "$id" ] && wd POST "/element/$id/click" '{}' >/dev/null
}
# take_ticket: as a citizen at the kiosk's own screen: service A (Hộ tịch), "not priority"; prints
# "<ticket id> <number>" once shown
take_ticket() {
  local url id number
  wd_go "$own_url/lay-so/ho-tich" || return 1
  wd_click "lấy số thường" || return 1
  for _ in $(seq 1 60); do
    url=$(wd_url)
    case "$url" in */lay-so/ve/*) break ;; esac
    sleep 2
  done
  id=${url##*/}
  # the address changes before the ticket's view is drawn: wait for its number
  for _ in $(seq 1 30); do
    number=$(wd_text | grep -o -m1 -E '\bA[0-9]{3}\b')
    [ -n "$number" ] && break
    sleep 2
  done
  [ -n "$number" ] && [ "${#id}" = 36 ] && echo "$id $number"
}

