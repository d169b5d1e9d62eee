#!/usr/bin/env bash
# Editor keystroke-to-highlight benchmark with the stage graph wired as in the window (headless JavaFX via
# Monocle). Prints a markdown table. Usage: bench/editor.sh [LINES] [KEYSTROKES]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dtestfx.headless=true \
     -cp "$CP" io.dockwright.bench.EditorLatencyBench "${1:-5000}" "${2:-200}"
