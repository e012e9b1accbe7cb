#!/usr/bin/env bash
# Regenerates every PNG, ICO and ICNS of Agendum from the hand-written SVGs in this folder.
#
# Debian packages needed (installed with apt-get when a tool is missing; needs root):
#   librsvg2-bin  - rsvg-convert   : SVG -> PNG
#   icoutils      - icotool        : PNGs -> .ico
#   icnsutils     - png2icns       : 16/32 px classic entries (is32/il32 + masks) of the .icns
#   coreutils     - head/tail/stat/od : assembling the PNG entries of the .icns (always present)
#
# Usage: bash icons/generate.sh        (from any folder; output goes next to this script)
#
# Sources per size (small sizes are separate, pixel-aligned drawings):
#   16 px  <- *-16.svg     24 px <- *-24.svg     32 px <- *-32.svg     48..1024 px <- the main SVG
# Output is deterministic: the same SVGs give byte-identical files.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"

need_pkgs=()
command -v rsvg-convert >/dev/null 2>&1 || need_pkgs+=(librsvg2-bin)
command -v icotool      >/dev/null 2>&1 || need_pkgs+=(icoutils)
command -v png2icns     >/dev/null 2>&1 || need_pkgs+=(icnsutils)
if ((${#need_pkgs[@]})); then
  echo "Installing: ${need_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${need_pkgs[@]}"
fi

export LC_ALL=C TZ=UTC SOURCE_DATE_EPOCH=0

SIZES_PNG=(16 24 32 48 64 128 256 512)
SIZES_ICO=(16 24 32 48 64 128 256)

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p png

# source SVG for a given icon name and pixel size
src_for() {
  local name=$1 size=$2
  case $size in
    16|24|32) echo "$name-$size.svg" ;;
    *)        echo "$name.svg" ;;
  esac
}

render() { # name size out
  rsvg-convert --width "$2" --height "$2" --keep-aspect-ratio --format png \
    --output "$3" "$(src_for "$1" "$2")"
}

# big-endian 32-bit integer as 4 raw bytes
be32() {
  local n=$1
  printf "\\x$(printf %02x $(((n >> 24) & 255)))\\x$(printf %02x $(((n >> 16) & 255)))"
  printf "\\x$(printf %02x $(((n >> 8) & 255)))\\x$(printf %02x $((n & 255)))"
}

# icns element: 4-char type + big-endian length (incl. 8-byte header) + PNG data
icns_png_entry() { # type file
  local len
  len=$(stat -c %s "$2")
  printf '%s' "$1"
  be32 $((len + 8))
  cat "$2"
}

build_icns() { # name out
  local name=$1 out=$2 body="$TMP/$1.icns.body"
  # classic 16 and 32 px entries (RLE + 8-bit mask), understood by every macOS version
  png2icns "$TMP/$name.classic.icns" "$TMP/$name-16.png" "$TMP/$name-32.png" >/dev/null
  tail -c +9 "$TMP/$name.classic.icns" > "$body"
  # PNG entries: 1x and @2x
  {
    icns_png_entry icp6 "$TMP/$name-64.png"    # 64x64
    icns_png_entry ic07 "$TMP/$name-128.png"   # 128x128
    icns_png_entry ic08 "$TMP/$name-256.png"   # 256x256
    icns_png_entry ic09 "$TMP/$name-512.png"   # 512x512
    icns_png_entry ic10 "$TMP/$name-1024.png"  # 512x512@2x
    icns_png_entry ic11 "$TMP/$name-32.png"    # 16x16@2x
    icns_png_entry ic12 "$TMP/$name-64.png"    # 32x32@2x
    icns_png_entry ic13 "$TMP/$name-256.png"   # 128x128@2x
    icns_png_entry ic14 "$TMP/$name-512.png"   # 256x256@2x
  } >> "$body"
  { printf 'icns'; be32 $(($(stat -c %s "$body") + 8)); cat "$body"; } > "$out"
}

for name in agendum agendum-document; do
  for s in "${SIZES_PNG[@]}"; do
    render "$name" "$s" "png/$name-$s.png"
    cp "png/$name-$s.png" "$TMP/$name-$s.png"
  done
  render "$name" 1024 "$TMP/$name-1024.png"

  # .ico: BMP entries up to 128 px, PNG-compressed 256 px entry
  ico_args=()
  for s in "${SIZES_ICO[@]}"; do
    if [ "$s" = 256 ]; then ico_args+=("--raw=png/$name-$s.png"); else ico_args+=("png/$name-$s.png"); fi
  done
  icotool --create --output="$name.ico" "${ico_args[@]}"

  build_icns "$name" "$name.icns"
  echo "built $name: png/$name-{$(IFS=,; echo "${SIZES_PNG[*]}")}.png $name.ico $name.icns"
done
