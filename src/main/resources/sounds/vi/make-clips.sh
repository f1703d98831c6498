#!/bin/sh
# Regenerates the Vietnamese clips the hall display board plays to call a ticket
# ("Xin mời công dân số A012 đến quầy số 3"). Run from anywhere; writes the WAVs next to this script.
# Needs the Debian packages espeak-ng and sox. The output is deterministic (no dither), so a re-run
# with the same versions leaves git clean. See README.md for the choices and the versions used.
set -eu

VOICE=vi        # espeak-ng's Northern Vietnamese voice
RATE=140        # words per minute: slower than the default 175, for a noisy hall
PITCH=45        # a little below the default 50: clearer through small speakers
AMPLITUDE=100

cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# clip NAME TEXT: speak TEXT, then mono 16 kHz 16-bit PCM, leading and trailing silence trimmed,
# 5 ms fade in and 10 ms fade out (a fade in of the reversed clip) so cut edges do not click,
# peak normalised to -3 dBFS so all clips sound equally loud.
clip() {
    espeak-ng -v "$VOICE" -s "$RATE" -p "$PITCH" -a "$AMPLITUDE" -w "$tmp/raw.wav" "$2"
    sox -D -V1 "$tmp/raw.wav" -c 1 -b 16 -e signed-integer "$1.wav" \
        silence 1 0.01 0.3% reverse silence 1 0.01 0.3% fade t 0.010 reverse fade t 0.005 \
        rate -h 16000 norm -3
}

clip phrase-citizen-number "Xin mời công dân số"
clip phrase-number         "Xin mời số thứ tự"
clip phrase-to-counter     "đến quầy số"

# Letters as a Vietnamese caller names them. G is "gờ", not "giê", which the Northern voice says
# exactly like D ("dê"); J is "gi", spelled "di" for espeak-ng, which reads a bare "gi" as a consonant.
clip letter-a "a"
clip letter-b "bê"
clip letter-c "xê"
clip letter-d "dê"
clip letter-e "e"
clip letter-f "ép"
clip letter-g "gờ"
clip letter-h "hát"
clip letter-i "i"
clip letter-j "di"
clip letter-k "ca"
clip letter-l "e lờ"
clip letter-m "em mờ"
clip letter-n "en nờ"
clip letter-o "o"
clip letter-p "pê"
clip letter-q "quy"
clip letter-r "e rờ"
clip letter-s "ét xì"
clip letter-t "tê"
clip letter-u "u"
clip letter-v "vê"
clip letter-w "vê kép"
clip letter-x "ích xì"
clip letter-y "i dài"
clip letter-z "dét"

# Digits, for ticket numbers (read digit by digit) and counters 1..9 and above 20.
clip digit-0 "không"
clip digit-1 "một"
clip digit-2 "hai"
clip digit-3 "ba"
clip digit-4 "bốn"
clip digit-5 "năm"
clip digit-6 "sáu"
clip digit-7 "bảy"
clip digit-8 "tám"
clip digit-9 "chín"

# Counters 10..20 read as numbers (counters 1..9 use the digit clips: same words).
clip number-10 "mười"
clip number-11 "mười một"
clip number-12 "mười hai"
clip number-13 "mười ba"
clip number-14 "mười bốn"
clip number-15 "mười lăm"
clip number-16 "mười sáu"
clip number-17 "mười bảy"
clip number-18 "mười tám"
clip number-19 "mười chín"
clip number-20 "hai mươi"
