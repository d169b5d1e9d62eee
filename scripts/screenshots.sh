#!/usr/bin/env bash
# Takes the README screenshots of the real window under Xvfb: light and dark, with the seed example open.
# Usage: scripts/screenshots.sh [JAR]   (default target/dockwright.jar; build it with mvn -q package -DskipTests)
# Needs: Xvfb, imagemagick (import), x11-utils (xwininfo).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR="${1:-target/dockwright.jar}"
OUT=docs/images
DISPLAY_NUM="${SCREENSHOT_DISPLAY:-:91}"
mkdir -p "$OUT"
Xvfb "$DISPLAY_NUM" -screen 0 1400x900x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1

shoot() { # theme file output
    local home
    home=$(mktemp -d)
    printf 'theme.dark=%s\n' "$1" > "$home/settings.properties"
    DISPLAY="$DISPLAY_NUM" java -Ddockwright.home="$home" -jar "$JAR" "$2" >/dev/null 2>&1 &
    local app=$!
    local id=""
    for _ in $(seq 1 120); do
        id=$(DISPLAY="$DISPLAY_NUM" xwininfo -root -tree | awk '/— Dockwright/ {print $1; exit}')
        [ -n "$id" ] && break
        sleep 1
    done
    [ -n "$id" ] || { echo "window did not appear" >&2; kill $app; return 1; }
    sleep "${SCREENSHOT_SETTLE:-6}"
    DISPLAY="$DISPLAY_NUM" import -window "$id" "$3"
    kill $app
    wait $app 2>/dev/null || true
    rm -rf "$home"
    echo "wrote $3"
}

# the example opened from a neutral folder: the status bar shows where the file is, not this checkout
PROJECTS="${SCREENSHOT_PROJECTS:-/tmp/dockwright-screenshots}"
rm -rf "$PROJECTS/python-guide"
mkdir -p "$PROJECTS"
cp -r assets/examples/python-guide "$PROJECTS/python-guide"
shoot false "$PROJECTS/python-guide/Dockerfile" "$OUT/workbench-light.png"
shoot true "$PROJECTS/python-guide/Dockerfile.multistage" "$OUT/workbench-dark.png"
rm -rf "$PROJECTS/python-guide"
