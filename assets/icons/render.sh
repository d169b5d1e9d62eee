#!/usr/bin/env bash
# Renders the icon PNGs from the SVG sources (needs rsvg-convert from librsvg2-bin), the Windows .ico
# (ImageMagick) and the macOS .icns (png2icns from icnsutils), and copies the PNGs to the classpath.
set -euo pipefail
cd "$(dirname "$0")"
root=../..
for s in 16 24 32 48 64 128 256 512; do
  src=dockwright.svg
  [ "$s" -le 24 ] && src=dockwright-small.svg
  rsvg-convert -w "$s" -h "$s" "$src" -o "dockwright-$s.png"
done
mkdir -p "$root/src/main/resources/io/dockwright/icons" "$root/packaging/windows" "$root/packaging/macos" "$root/packaging/linux"
cp dockwright-{16,24,32,48,64,128,256,512}.png "$root/src/main/resources/io/dockwright/icons/"
cp dockwright-512.png "$root/packaging/linux/Dockwright.png"
convert dockwright-{16,24,32,48,64,128,256}.png "$root/packaging/windows/Dockwright.ico"
png2icns "$root/packaging/macos/Dockwright.icns" dockwright-{16,32,48,128,256,512}.png >/dev/null
