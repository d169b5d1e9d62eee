#!/usr/bin/env bash
# Takes the README screenshots of the real window under Xvfb: light and dark, with the seed example open, and the
# Optimize page on the guide's example (that one runs a test-scope driver: mvn -q test-compile first).
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

shoot() { # theme output java-arguments...
    local home out=$2
    home=$(mktemp -d)
    printf 'theme.dark=%s\n' "$1" > "$home/settings.properties"
    shift 2
    DISPLAY="$DISPLAY_NUM" java -Ddockwright.home="$home" "$@" >/dev/null 2>&1 &
    local app=$!
    local id=""
    for _ in $(seq 1 120); do
        id=$(DISPLAY="$DISPLAY_NUM" xwininfo -root -tree | awk '/— Dockwright/ {print $1; exit}')
        [ -n "$id" ] && break
        sleep 1
    done
    [ -n "$id" ] || { echo "window did not appear" >&2; kill $app; return 1; }
    sleep "${SCREENSHOT_SETTLE:-6}"
    DISPLAY="$DISPLAY_NUM" import -window "$id" "$out"
    kill $app
    wait $app 2>/dev/null || true
    rm -rf "$home"
    echo "wrote $out"
}

# the example opened from a neutral folder: the status bar shows where the file is, not this checkout
PROJECTS="${SCREENSHOT_PROJECTS:-/tmp/dockwright-screenshots}"
rm -rf "$PROJECTS/python-guide"
mkdir -p "$PROJECTS"
cp -r assets/examples/python-guide "$PROJECTS/python-guide"
shoot false "$OUT/workbench-light.png" -jar "$JAR" "$PROJECTS/python-guide/Dockerfile"
shoot true "$OUT/workbench-dark.png" -jar "$JAR" "$PROJECTS/python-guide/Dockerfile.multistage"
if [ -d target/test-classes ]; then
    [ -f target/cp.txt ] || mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
    shoot false "$OUT/optimize.png" -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
        'io.dockwright.app.OptimizeScreenshot$Launch' "$PROJECTS/python-guide/Dockerfile"
fi
rm -rf "$PROJECTS/python-guide"
