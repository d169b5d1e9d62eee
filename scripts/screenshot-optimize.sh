#!/usr/bin/env bash
# Takes the README screenshot of the Optimize page under Xvfb: the guide's example optimized, light and dark.
# Usage: scripts/screenshot-optimize.sh   (compiles the tests first: mvn -q -o test-compile)
# Needs: Xvfb, imagemagick (import), x11-utils (xwininfo).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=docs/images
DISPLAY_NUM="${SCREENSHOT_DISPLAY:-:92}"
mkdir -p "$OUT"
[ -f target/cp.txt ] || mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
CP="target/classes:target/test-classes:$(cat target/cp.txt)"
Xvfb "$DISPLAY_NUM" -screen 0 1400x900x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1

shoot() { # output args...
    local out=$1 home
    shift
    home=$(mktemp -d)
    DISPLAY="$DISPLAY_NUM" java -Ddockwright.home="$home" -cp "$CP" io.dockwright.app.OptimizeScreenshot\$Launch "$@" >/dev/null 2>&1 &
    local app=$! id=""
    for _ in $(seq 1 120); do
        id=$(DISPLAY="$DISPLAY_NUM" xwininfo -root -tree | awk '/— Dockwright/ {print $1; exit}')
        [ -n "$id" ] && break
        sleep 1
    done
    [ -n "$id" ] || { echo "window did not appear" >&2; kill $app; return 1; }
    sleep "${SCREENSHOT_SETTLE:-8}"
    DISPLAY="$DISPLAY_NUM" import -window "$id" "$out"
    kill $app
    wait $app 2>/dev/null || true
    rm -rf "$home"
    echo "wrote $out"
}

shoot "$OUT/optimize.png" assets/examples/python-guide/Dockerfile
shoot "${DARK_OUT:-/tmp/optimize-dark.png}" assets/examples/python-guide/Dockerfile dark
