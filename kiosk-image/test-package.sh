#!/usr/bin/env bash
# The .deb in a booted Debian trixie container (systemd-nspawn, no screen needed): install, upgrade, purge, as an
# administrator would do them. Each check a test with a name; ends with one line "N passed, N failed".
#
#   kiosk-image/test-package.sh [motcua-kiosk_<version>_all.deb]
#
# The container is the image's Debian base (build.sh's cache: the JDK, systemd, Chromium...), booted with its own
# systemd and no network. An "older" package is the same package with a lower version, so the upgrade runs the real
# maintainer scripts both ways. Needs root and systemd-container; run kiosk-image/build.sh amd64 once first (or let
# test-vm.sh do it) so the base is cached.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
say() { printf '[package] %s\n' "$*" >&2; }
die() { printf '[package] ERROR: %s\n' "$*" >&2; exit 2; }

deb=${1:-$(ls -t "$repo"/target/motcua-kiosk_*_all.deb 2>/dev/null | head -1)}
[ -n "$deb" ] && [ -f "$deb" ] || die "no .deb (./mvnw -B -ntp -Pproduction package -DskipTests)"
base=$(ls -t "${MOTCUA_IMAGE_CACHE:-/var/cache/motcua-image}"/base-amd64-*.tar 2>/dev/null | head -1)
[ -n "$base" ] || die "no cached Debian base: run kiosk-image/build.sh amd64 once"

work=$(mktemp -d "${TMPDIR:-/var/tmp}/motcua-package.XXXXXX")
nspawn_pid=""
cleanup() {
  if [ -n "$nspawn_pid" ]; then kill "$nspawn_pid" 2>/dev/null; wait "$nspawn_pid" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT
passed=0; failed=0; results=()
pass() { passed=$((passed + 1)); results+=("PASS  $1"); say "PASS  $1"; }
fail() { failed=$((failed + 1)); results+=("FAIL  $1${2:+ — $2}"); say "FAIL  $1${2:+ — $2}"; }
now() { date +%s; }
wait_for() { local end=$(( $(now) + $1 )); shift; while [ "$(now)" -lt "$end" ]; do "$@" >/dev/null 2>&1 && return 0; sleep 1; done; return 1; }

# The same package, one version lower: what an office has installed before the upgrade
version=$(dpkg-deb -f "$deb" Version)
mkdir -p "$work/old"
dpkg-deb -R "$deb" "$work/old/pkg"
sed -i "s/^Version: .*/Version: 0.0.1/" "$work/old/pkg/DEBIAN/control"
dpkg-deb -b --root-owner-group "$work/old/pkg" "$work/old.deb" >/dev/null || die "could not make the older package"

root=$work/root
mkdir -p "$root"
say "unpacking the Debian base"
tar -xpf "$base" -C "$root" --numeric-owner
cp "$work/old.deb" "$deb" "$root/var/cache/"
new_deb=/var/cache/$(basename "$deb")
# a booted system: systemd runs the units as on the appliance
systemd-nspawn -q -D "$root" --register=no --keep-unit --private-network -b \
  >"$work/console.log" 2>&1 &
nspawn_pid=$!
leader() { local p; for p in $(pgrep -P "$nspawn_pid"); do [ "$(cat /proc/$p/comm)" = systemd ] && { echo "$p"; return; }; done; return 1; }
wait_for 60 leader || die "the container did not boot"
init=$(leader)
in_box() { nsenter -t "$init" -m -u -i -n -p -r -w -- "$@"; }
wait_for 60 in_box systemctl is-system-running --quiet --wait || true
kiosk_answers() { in_box curl -fsS -o /dev/null --max-time 5 http://127.0.0.1:8080/; }

# ---------------------------------------------------------------- install
say "installing the older package (the postinst makes the AOT cache: a minute)"
if in_box env DEBIAN_FRONTEND=noninteractive dpkg -i /var/cache/old.deb >"$work/install.log" 2>&1 \
   && wait_for 300 kiosk_answers && [ "$(in_box systemctl is-active motcua.service)" = active ] \
   && [ -s "$root/opt/motcua/app/app.aot" ] && groups=$(in_box id motcua) \
   && [[ "$groups" == *'(lp)'* && "$groups" == *'(dialout)'* && "$groups" == *'(gpio)'* ]]; then
  pass "install: the kiosk runs as user motcua (lp, dialout, gpio), started with its AOT cache, and answers"
else
  fail "install: the kiosk runs as user motcua (lp, dialout, gpio), started with its AOT cache, and answers" \
    "$(tail -3 "$work/install.log" | tr '\n' ' ')"
fi
status=$(in_box systemctl show -p StatusText --value motcua.service)
[[ "$status" == *Running* ]] && pass "install: Type=notify, systemd was told READY (status '$status')" \
  || fail "install: Type=notify, systemd was told READY" "status '$status'"
if [ "$(readlink "$root/etc/chromium/policies/managed/motcua.json")" = /run/motcua/chromium-policy.json ] \
   && in_box test -s /run/motcua/chromium-policy.json && [ -f "$root/usr/lib/udev/rules.d/60-motcua.rules" ]; then
  pass "install: the browser's managed policy is in place (written at boot by motcua-setup) and the udev rule"
else
  fail "install: the browser's managed policy is in place (written at boot by motcua-setup) and the udev rule"
fi

# an office's own settings, and a record in its database
echo "# the office's own line" >> "$root/etc/motcua/application.yml"
aot_before=$(stat -c %Y "$root/opt/motcua/app/app.aot" 2>/dev/null || echo 0)
derby_files=$(find "$root/var/lib/motcua/derby" -type f 2>/dev/null | wc -l)

# ---------------------------------------------------------------- upgrade
say "upgrading to $version"
t0=$(now)
if in_box env DEBIAN_FRONTEND=noninteractive dpkg -i --force-confold "$new_deb" >"$work/upgrade.log" 2>&1 \
   && wait_for 300 kiosk_answers; then
  pass "upgrade: $version installed over 0.0.1 and the kiosk answers again ($(( $(now) - t0 )) s)"
else
  fail "upgrade: $version installed over 0.0.1 and the kiosk answers again" "$(tail -3 "$work/upgrade.log" | tr '\n' ' ')"
fi
grep -q "the office's own line" "$root/etc/motcua/application.yml" \
  && pass "upgrade: the edited /etc/motcua/application.yml is kept" \
  || fail "upgrade: the edited /etc/motcua/application.yml is kept"
backup=$(ls -d "$root"/var/lib/motcua/backups/derby-before-*-from-0.0.1 2>/dev/null | head -1)
if [ "$derby_files" -gt 0 ] && [ -d "$root/var/lib/motcua/derby" ] && [ -n "$backup" ]; then
  pass "upgrade: the database is kept, and a copy was taken before the migrations ($(basename "$backup"))"
else
  fail "upgrade: the database is kept, and a copy was taken before the migrations"
fi
aot_after=$(stat -c %Y "$root/opt/motcua/app/app.aot" 2>/dev/null || echo 0)
[ "$aot_after" -gt 0 ] && [ "$aot_after" != "$aot_before" ] && pass "upgrade: the AOT cache was made again" \
  || fail "upgrade: the AOT cache was made again"
# (read whole, then searched: `journalctl | grep -q` fails under pipefail when grep stops reading early)
journal=$(in_box journalctl -u motcua.service --no-pager --since "@$t0")
grep -q "Successfully validated\|Schema .* is up to date\|Migrating schema" <<<"$journal" \
  && pass "upgrade: the new version ran its migrations check on the kept database" \
  || fail "upgrade: the new version ran its migrations check on the kept database"

# ---------------------------------------------------------------- going back
if in_box env DEBIAN_FRONTEND=noninteractive dpkg -i --force-confold /var/cache/old.deb >"$work/downgrade.log" 2>&1 \
   && in_box dpkg-query -W -f '${Version}' motcua-kiosk | grep -qx 0.0.1; then
  pass "going back: the previous .deb installs over the new one"
else
  fail "going back: the previous .deb installs over the new one" "$(tail -3 "$work/downgrade.log" | tr '\n' ' ')"
fi

# ---------------------------------------------------------------- purge
if in_box env DEBIAN_FRONTEND=noninteractive dpkg --purge motcua-kiosk >"$work/purge.log" 2>&1 \
   && [ ! -e "$root/var/lib/motcua" ] && [ ! -e "$root/etc/motcua" ] && [ ! -e "$root/opt/motcua" ] \
   && ! in_box systemctl is-active --quiet motcua.service; then
  pass "purge: the service is stopped and the program, settings and data are gone"
else
  fail "purge: the service is stopped and the program, settings and data are gone" "$(tail -3 "$work/purge.log" | tr '\n' ' ')"
fi

printf '%s\n' "${results[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
