#!/usr/bin/env bash
# Editor keystroke-to-highlight benchmark (headless JavaFX via Monocle). Usage: scripts/bench-editor.sh [LINES] [KEYSTROKES]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -B test-compile
DEPS=$(mktemp)
trap 'rm -f "$DEPS"' EXIT
mvn -q -o -B dependency:build-classpath -Dmdep.outputFile="$DEPS" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$DEPS")"
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dtestfx.headless=true \
     -cp "$CP" io.dockwright.bench.EditorLatencyBench "${1:-5000}" "${2:-200}"
