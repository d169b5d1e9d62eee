#!/usr/bin/env bash
# Compare page file tree benchmark: FX-thread time of expanding, sorting and filtering a 200,000-file tree in the
# real view (headless JavaFX via Monocle), beside the off-thread work. Prints a markdown table.
# Usage: bench/compare-tree.sh [FILES]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
java -Xmx2g -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dtestfx.headless=true \
     -cp "$CP" io.dockwright.bench.CompareTreeBench "$@"
