#!/bin/sh
# Renders the PNG, .ico and .icns icons from the SVG sources in this folder,
# and copies the window-icon PNGs into the application's resources.
# Needs: rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils).
set -eu
cd "$(dirname "$0")"

for size in 16 24 32 48 64 128 256 512; do
    case $size in
        16|24) src=trapscope-$size.svg ;;   # hand-tuned for small sizes
        *)     src=trapscope.svg ;;
    esac
    rsvg-convert -w "$size" -h "$size" "$src" -o "trapscope-$size.png"
done

icotool -c -o trapscope.ico \
    trapscope-16.png trapscope-24.png trapscope-32.png trapscope-48.png \
    trapscope-64.png trapscope-128.png -r trapscope-256.png
png2icns trapscope.icns \
    trapscope-16.png trapscope-32.png trapscope-48.png \
    trapscope-128.png trapscope-256.png trapscope-512.png >/dev/null

res=../src/main/resources/org/trapscope/icons
mkdir -p "$res"
for size in 16 24 32 48 64 128 256 512; do
    cp "trapscope-$size.png" "$res/"
done
