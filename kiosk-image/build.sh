#!/usr/bin/env bash
# Builds the MotCua Kiosk appliance image from Debian trixie packages and the project's .deb.
#
#   kiosk-image/build.sh amd64|arm64 [motcua-kiosk_<version>_all.deb]
#
#   amd64: a PC image, which kiosk-image/test-vm.sh boots in QEMU (also bootable on a PC with UEFI).
#   arm64: a Raspberry Pi 4/5 (and 3B+) image: Debian's raspi-firmware + linux-image-arm64 (trixie-backports' kernel,
#          which has the Pi 5's RP1 drivers), the boot partition laid out as Debian's raspi images do.
#
# The .deb defaults to the newest target/motcua-kiosk_*_all.deb (./mvnw -B -ntp -Pproduction package -DskipTests).
# Output (MOTCUA_IMAGE_OUT, default target/image/): motcua-kiosk-<arch>.img, and for amd64 the kernel and initrd
# beside it (QEMU boots them directly). The partitions of the image:
#   1 MOTCUA-BOOT  FAT32, 256 MiB: firmware/kernel, cmdline, and motcua.txt — the office's one settings file
#   2 MOTCUA-ROOT  ext4, read-only: mounted under an overlay in memory (overlayroot), so nothing can damage it
#   3 MOTCUA-DATA  ext4: the kiosk's Derby database, print jobs, backups, the last known time, SSH host keys;
#                  grown to fill the card at first boot
# The base system is bootstrapped once with mmdebstrap and cached (MOTCUA_IMAGE_CACHE, default
# /var/cache/motcua-image) by the hash of packages.txt, the architecture and this recipe's base section, so a
# rebuild with a new .deb takes a minute or two. Needs root, mmdebstrap, systemd-nspawn (systemd-container),
# mkfs.ext4, mkfs.vfat + mtools, sfdisk; for arm64 also qemu-user-static + binfmt-support and device-tree-compiler.
set -euo pipefail

say() { printf '[image] %s\n' "$*" >&2; }
die() { printf '[image] ERROR: %s\n' "$*" >&2; exit 1; }

arch=${1:-}
case "$arch" in amd64|arm64) ;; *) die "usage: $0 amd64|arm64 [motcua-kiosk_<version>_all.deb]" ;; esac
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
deb=${2:-$(ls -t "$repo"/target/motcua-kiosk_*_all.deb 2>/dev/null | head -1 || true)}
[ -n "$deb" ] && [ -f "$deb" ] || die "no .deb: build it first with ./mvnw -B -ntp -Pproduction package -DskipTests"
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
cache=${MOTCUA_IMAGE_CACHE:-/var/cache/motcua-image}
out=${MOTCUA_IMAGE_OUT:-$repo/target/image}
mirror=${MOTCUA_MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" -eq 0 ] || die "run as root (mmdebstrap, systemd-nspawn and the data partition's owners need it)"
for tool in mmdebstrap systemd-nspawn mkfs.ext4 mkfs.vfat mcopy sfdisk; do
  command -v "$tool" >/dev/null || die "$tool is missing (apt-get install mmdebstrap systemd-container e2fsprogs dosfstools mtools fdisk)"
done
if [ "$arch" = arm64 ]; then
  for tool in dtc fdtoverlay fdtget; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install device-tree-compiler)"
  done
fi

# ---------------------------------------------------------------- 1. the base system (cached)
packages=$(grep -v '^\s*#' "$here/packages.txt" | grep -v '^\s*$' | tr '\n' ',' | sed 's/,$//')
if [ "$arch" = amd64 ]; then
  extra="linux-image-amd64,systemd-boot-efi"
  sources="deb $mirror trixie main non-free-firmware"
else
  # Pi 5 needs the RP1 drivers of trixie-backports' kernel; Pi 3B+/4 run it too
  extra="raspi-firmware,firmware-brcm80211,linux-image-arm64/trixie-backports"
  sources="deb $mirror trixie main non-free-firmware
deb $mirror trixie-backports main non-free-firmware"
fi
base_recipe="$arch|$packages|$extra|$sources|v1"
key=$(printf '%s' "$base_recipe" | sha256sum | cut -c1-16)
base="$cache/base-$arch-$key.tar"
mkdir -p "$cache" "$out"
if [ ! -s "$base" ]; then
  say "bootstrapping Debian trixie ($arch) into $base (a few minutes; cached afterwards)"
  if [ "$arch" = arm64 ] && [ "$(dpkg --print-architecture)" != arm64 ]; then
    [ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ] || {
      mountpoint -q /proc/sys/fs/binfmt_misc || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
      update-binfmts --enable qemu-aarch64 || die "no qemu-aarch64 binfmt: apt-get install qemu-user-static binfmt-support"
    }
  fi
  # raspi-firmware's kernel hook copies the kernel, initrd and device trees into /boot/firmware
  mmdebstrap --variant=minbase --mode=root --format=tar --architectures="$arch" \
    --include="$packages,$extra" \
    --essential-hook='mkdir -p "$1/boot/firmware"' \
    --customize-hook='rm -f "$1"/etc/ssh/ssh_host_*' \
    trixie "$base.part" - <<<"$sources" >&2
  mv "$base.part" "$base"
fi

# ---------------------------------------------------------------- 2. the root file system
work=$(mktemp -d "${TMPDIR:-/var/tmp}/motcua-image.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root"
say "unpacking the base"
tar -xpf "$base" -C "$root" --numeric-owner
cp "$deb" "$root/var/cache/motcua-kiosk.deb"
# Files of the image (not of the package): fstab, read-only root, watchdog, network, remote help, journald
cp -a "$here/rootfs/." "$root/"
in_root() { systemd-nspawn -q -D "$root" --register=no --keep-unit --private-network -E LANG=C.UTF-8 "$@"; }
say "installing $(basename "$deb") (its postinst makes the JDK's AOT cache: a minute, more under emulation)"
in_root dpkg -i /var/cache/motcua-kiosk.deb >&2
rm -f "$root/var/cache/motcua-kiosk.deb"
boot=$work/boot
mkdir -p "$boot"
if [ "$arch" = arm64 ]; then
  # raspi-firmware copies the firmware, kernel, initrd and device trees only into a mounted /boot/firmware
  # ("did you forget to mount it?"): give it the boot partition's future content as a bind mount
  printf 'ROOTPART=LABEL=MOTCUA-ROOT\nCONSOLES="tty1"\n' > "$root/etc/default/raspi-firmware"
  systemd-nspawn -q -D "$root" --register=no --keep-unit --private-network --bind="$boot:/boot/firmware" \
    /bin/sh -ec 'dpkg-reconfigure raspi-firmware; update-initramfs -u -k all' >&2
fi
in_root /bin/sh -ec '
  systemctl set-default graphical.target
  systemctl enable systemd-networkd systemd-resolved systemd-timesyncd iwd ssh motcua-grow-data.service >/dev/null
  systemctl mask getty@tty1.service serial-getty@ttyS0.service >/dev/null
  passwd -l root >/dev/null
  ln -sf /run/systemd/resolve/stub-resolv.conf /etc/resolv.conf
  echo motcua-kiosk > /etc/hostname
  [ "$(dpkg --print-architecture)" = arm64 ] || update-initramfs -u -k all >/dev/null 2>&1
' >&2
version=$(dpkg-deb -f "$deb" Version)
echo "MOTCUA_VERSION=$version" > "$root/etc/motcua-image"
echo "MOTCUA_IMAGE_BUILT=$(date -u +%Y-%m-%dT%H:%M:%SZ)" >> "$root/etc/motcua-image"

# The data partition's first content: what the package made under /var/lib/motcua, the clock's state, SSH keys' home
data=$work/data
mkdir -p "$data/motcua" "$data/timesync" "$data/ssh" "$data/screen"
cp -a "$root/var/lib/motcua/." "$data/motcua/"
rm -rf "${root:?}/var/lib/motcua" && mkdir -p "$root/var/lib/motcua" "$root/var/lib/motcua-screen" "$root/data"
uid() { awk -F: -v u="$1" '$1 == u {print $3 ":" $4}' "$root/etc/passwd"; }
chown "$(uid motcua)" "$data/motcua"; chmod 750 "$data/motcua"
chown "$(uid systemd-timesync)" "$data/timesync"
# a rating screen's browser profile (its pairing cookie): motcua-browser
chown "$(uid motcua-screen)" "$data/screen"; chmod 700 "$data/screen"
chmod 700 "$data/ssh"

# ---------------------------------------------------------------- 3. the boot partition
# no "ro": initramfs-tools mounts the real root read-only anyway, and overlayroot would then make the overlay
# read-only too, which systemd cannot remount read-write on this kernel ("No changes allowed in reconfigure")
# panic=10: a kernel that panics starts again after 10 s instead of hanging with nobody to press a key (seen once in
# the test VM: an oops at 2.7 s under QEMU's multi-threaded TCG, the VM then dead for good)
cmdline="root=LABEL=MOTCUA-ROOT rootwait overlayroot=tmpfs:recurse=0 consoleblank=0 quiet loglevel=3 fsck.repair=yes panic=10"
if [ "$arch" = amd64 ]; then
  kernel=$(ls "$root"/boot/vmlinuz-* | sort -V | tail -1)
  initrd=$(ls "$root"/boot/initrd.img-* | sort -V | tail -1)
  cp "$kernel" "$boot/vmlinuz"; cp "$initrd" "$boot/initrd.img"
  cp "$kernel" "$out/vmlinuz-amd64"; cp "$initrd" "$out/initrd-amd64.img"
  echo "$cmdline console=tty1" > "$out/cmdline-amd64.txt"
  # UEFI: systemd-boot, one entry with the same command line
  mkdir -p "$boot/EFI/BOOT" "$boot/loader/entries"
  cp "$root/usr/lib/systemd/boot/efi/systemd-bootx64.efi" "$boot/EFI/BOOT/BOOTX64.EFI"
  printf 'default motcua.conf\ntimeout 0\n' > "$boot/loader/loader.conf"
  printf 'title MotCua Kiosk\nlinux /vmlinuz\ninitrd /initrd.img\noptions %s console=tty1\n' "$cmdline" \
    > "$boot/loader/entries/motcua.conf"
else
  [ -f "$boot/config.txt" ] || die "raspi-firmware left no config.txt in the boot partition"
  echo "$cmdline console=tty1 cma=256M" > "$boot/cmdline.txt"
  # A DS3231 battery clock on the header's I2C bus (overlays/motcua-ds3231.dts): compiled here and applied, as the
  # firmware will, to each device tree of the Pis it is for; a tree it does not fit fails the build, not a Pi's boot
  mkdir -p "$boot/overlays"
  dtc -@ -q -I dts -O dtb -o "$boot/overlays/motcua-ds3231.dtbo" "$here/overlays/motcua-ds3231.dts"
  for tree in "$boot"/bcm2711-rpi-4-b.dtb "$boot"/bcm2711-rpi-400.dtb "$boot"/bcm2837-rpi-3-b-plus.dtb; do
    [ -f "$tree" ] || die "raspi-firmware left no $(basename "$tree") in the boot partition"
    fdtoverlay -i "$tree" -o "$work/with-rtc.dtb" "$boot/overlays/motcua-ds3231.dtbo" \
      || die "the DS3231 overlay does not apply to $(basename "$tree")"
    [ "$(fdtget "$work/with-rtc.dtb" /soc/i2c@7e804000/rtc@68 compatible)" = maxim,ds3231 ] \
      && [ "$(fdtget "$work/with-rtc.dtb" /soc/i2c@7e804000 status)" = okay ] \
      || die "the DS3231 overlay applied to $(basename "$tree") gives no clock on an enabled I2C bus"
  done
  rm -f "$work/with-rtc.dtb"
  # the Pi's own watchdog, sound on HDMI (the board's voice), the battery clock where the overlay fits (Pi 3 and 4
  # families; a Pi 5's header I2C is another controller, not enabled in its device tree)
  cat >> "$boot/config.txt" <<'EOF'

# MotCua Kiosk
[pi3]
dtoverlay=motcua-ds3231
[pi4]
dtoverlay=motcua-ds3231
[all]
dtparam=watchdog=on
dtparam=audio=on
disable_overscan=1
EOF
fi
cp "$root/usr/share/motcua/motcua.txt" "$boot/motcua.txt"
if [ -n "${MOTCUA_TXT:-}" ]; then cp "$MOTCUA_TXT" "$boot/motcua.txt"; fi

# ---------------------------------------------------------------- 4. file systems and the disk image
say "making the file systems"
boot_mib=256
data_mib=${MOTCUA_DATA_MIB:-512}
root_mib=$(( $(du -sm "$root" | cut -f1) * 115 / 100 + 200 ))
mkfs.vfat -C -n MOTCUA-BOOT -F 32 "$work/boot.img" $(( boot_mib * 1024 )) >/dev/null
(cd "$boot" && mcopy -s -i "$work/boot.img" ./* ::/)
mkfs.ext4 -q -L MOTCUA-ROOT -d "$root" -E root_owner=0:0 "$work/root.img" "${root_mib}M"
mkfs.ext4 -q -L MOTCUA-DATA -d "$data" -E root_owner=0:0 "$work/data.img" "${data_mib}M"

image=$out/motcua-kiosk-$arch.img
rm -f "$image"
total=$(( 4 + boot_mib + root_mib + data_mib + 1 ))
truncate -s "${total}M" "$image"
sfdisk -q "$image" <<EOF
label: dos
start=4MiB, size=${boot_mib}MiB, type=c, bootable
size=${root_mib}MiB, type=83
size=${data_mib}MiB, type=83
EOF
dd if="$work/boot.img" of="$image" bs=1M seek=4 conv=notrunc,sparse status=none
dd if="$work/root.img" of="$image" bs=1M seek=$(( 4 + boot_mib )) conv=notrunc,sparse status=none
dd if="$work/data.img" of="$image" bs=1M seek=$(( 4 + boot_mib + root_mib )) conv=notrunc,sparse status=none
say "done: $image ($(du -h --apparent-size "$image" | cut -f1), version $version)"
echo "$image"
