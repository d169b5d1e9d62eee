#!/usr/bin/env bash
# Stage graph update benchmark (JMH): the editor's analysis handed to the graph, and the graph's layout alone,
# on a 5,000-line Dockerfile. Prints JMH's report, then a markdown table. Usage: bench/graph.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
java -cp "$CP" io.dockwright.bench.GraphUpdateBenchmark
