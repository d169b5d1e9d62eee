#!/usr/bin/env bash
# Parse benchmark: Dockwright (JMH, parse + stage graph) and npm's dockerfile-ast 0.7.1 on the same files,
# in the same run. Prints a Markdown table for docs/benchmarks.md. Needs Maven, a JDK 17 and Node.js + npm.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat "$out/cp.txt")"
java -cp "$cp" io.dockwright.bench.BenchCorpus >/dev/null
java -cp "$cp" org.openjdk.jmh.Main 'io.dockwright.bench.ParseBenchmark' -rf json -rff "$out/jmh.json" "$@" >"$out/jmh.log"
(cd bench/dockerfile-ast && npm ci --no-audit --no-fund --silent)
node bench/dockerfile-ast/bench.js "$out/sets.json" 10 >"$out/dockerfile-ast.json"
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), node $(node --version)"
node bench/compare.js "$out/jmh.json" "$out/dockerfile-ast.json"
