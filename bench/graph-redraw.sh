#!/usr/bin/env bash
# Stage graph redraw benchmark: FX-thread time of the graph view's redraw on generated N-stage Dockerfiles
# (headless JavaFX via Monocle). Prints a markdown table. Usage: bench/graph-redraw.sh [STAGES...]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dtestfx.headless=true \
     -cp "$CP" io.dockwright.bench.GraphRedrawBench "$@"
