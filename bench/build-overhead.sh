#!/usr/bin/env bash
# Build overhead: Dockwright's build service vs `docker build` (same engine, classic builder, no cache),
# alternating runs, plus the window's time from a click on Build to the first log line. Prints Markdown.
#   bench/build-overhead.sh [CONTEXT] [RUNS] [CLICKS]     (defaults: assets/examples/c-make 8 4)
# Needs Maven, a JDK 17, a running Docker engine with the stand-in images (.ci/docker-setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"
mvn -q -o -B test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=test 2>/dev/null \
  || mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat "$out/cp.txt")"
java -cp "$cp" io.dockwright.bench.BuildOverheadBenchmark "${1:-assets/examples/c-make}" "${2:-8}" "${3:-4}"
