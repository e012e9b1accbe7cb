#!/usr/bin/env bash
# Builds a contact sheet of every rendered size of both icons, on a white and on a dark (#2b2b2b)
# panel, plus the 16/24/32 px renders magnified 8x (nearest neighbour) to judge pixel crispness.
# Run generate.sh first. Needs Debian package: imagemagick (convert).
# Usage: bash icons/contact-sheet.sh [OUTPUT.png]   (default: ./agendum-contact-sheet.png)
set -euo pipefail

OUT="$(realpath -m "${1:-agendum-contact-sheet.png}")"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE/png"

if [ ! -x /usr/bin/convert ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update && apt-get install -y --no-install-recommends imagemagick
fi
IM=/usr/bin/convert

SIZES=(16 24 32 48 64 128 256 512)
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

row() { # name background out
  local args=()
  for s in "${SIZES[@]}"; do
    args+=( \( "$1-$s.png" -background "$2" -gravity center -extent "$((s + 24))x$((s + 24))" \) )
  done
  "$IM" "${args[@]}" -background "$2" -gravity south +append "PNG32:$3"
}

zoom() { # name background out
  local args=()
  for s in 16 24 32; do
    args+=( \( "$1-$s.png" -background "$2" -flatten -filter point -resize 800% -bordercolor "$2" -border 12 \) )
  done
  "$IM" "${args[@]}" -background "$2" -gravity south +append "PNG32:$3"
}

panel() { # background out
  row agendum "$1" "$TMP/r1.png"
  row agendum-document "$1" "$TMP/r2.png"
  zoom agendum "$1" "$TMP/z1.png"
  zoom agendum-document "$1" "$TMP/z2.png"
  "$IM" "$TMP/r1.png" "$TMP/r2.png" \( "$TMP/z1.png" "$TMP/z2.png" -background "$1" -gravity south +append \) \
        -background "$1" -gravity west -append -bordercolor "$1" -border 16 "PNG32:$2"
}

panel white "$TMP/light.png"
panel '#2b2b2b' "$TMP/dark.png"
"$IM" "$TMP/light.png" "$TMP/dark.png" -background '#808080' -gravity west -append \
  -define png:exclude-chunk=date,time,tIME "$OUT"
echo "contact sheet: $OUT"
