#!/usr/bin/env bash
# Sourced by the benchmark scripts: compiles the tests and sets CP to the test classpath.
mvn -q -o -B test-compile
BENCH_DEPS=$(mktemp)
mvn -q -o -B dependency:build-classpath -Dmdep.outputFile="$BENCH_DEPS" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$BENCH_DEPS")"
rm -f "$BENCH_DEPS"
