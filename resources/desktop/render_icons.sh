#!/bin/sh
# Re-render the committed PNG icons from the SVG after changing it. Needs rsvg-convert
# (apt-get install librsvg2-bin); the build never runs this, it installs the committed PNGs.
set -eu
cd "$(dirname "$0")"
id=io.github.healthpath.HealthPath
for size in 16 24 32 48 64 128 256; do
    mkdir -p "icons/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" "$id.svg" -o "icons/${size}x${size}/$id.png"
done
