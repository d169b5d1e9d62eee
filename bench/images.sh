#!/usr/bin/env bash
# Image contents: `dockwright inspect IMAGE` against `docker save IMAGE > /dev/null` (the engine's own export,
# which inspect reads too), on the same engine, alternating, RUNS times each; wall time, CPU time and peak
# resident memory (/usr/bin/time) of the whole inspect process (JVM start, base-image lookup, export, analysis).
#   bench/images.sh [RUNS] [IMAGE...]
# Default images: golang:1.19 (the ~950 MB stand-in), a 100,000-file image this script builds (removed after,
# KEEP=1 keeps it), and debian:bookworm-slim, python:3.7-slim, python:3.7 for time against size.
# Needs Maven, a JDK 17, a running Docker engine with the stand-in images (.ci/docker-setup.sh). Prints Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; shift || true
out=target/bench
mkdir -p "$out"
mvn -q -o -B compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" 2>/dev/null \
  || mvn -q -B compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt"
cp="target/classes:$(cat "$out/cp.txt")"
many=dockwright-bench-many-files:latest
built_many=
if [ $# -eq 0 ]; then
  if ! docker image inspect "$many" >/dev/null 2>&1; then
    ctx=$(mktemp -d)
    printf '%s\n' 'FROM debian:bookworm-slim' \
      'RUN mkdir /many && cd /many && head -c 1000000 /dev/zero | split -b 10 -a 5 - f' > "$ctx/Dockerfile"
    docker build -q --network host -t "$many" "$ctx" >/dev/null
    rm -rf "$ctx"; built_many=1
  fi
  set -- golang:1.19 "$many" debian:bookworm-slim python:3.7-slim python:3.7
fi
cleanup() { if [ -n "$built_many" ] && [ -z "${KEEP:-}" ]; then docker rmi -f "$many" >/dev/null 2>&1 || true; fi; }
trap cleanup EXIT

now() { date +%s.%N; }
p50() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
minmax() { sort -g | awk 'NR==1{min=$1} {max=$1} END {printf "%s–%s", min, max}'; }

echo "| image | size (MB) | paths | runs | \`docker save > /dev/null\` (s) | \`inspect\` (s) | inspect / save | inspect CPU (s) | inspect peak RSS (MB) | inspect MB/s | load (1 min) |"
echo "|---|---:|---:|---:|---|---|---:|---:|---:|---:|---:|"
for img in "$@"; do
  size=$(docker image inspect -f '{{.Size}}' "$img")
  : > "$out/save.txt"; : > "$out/inspect.txt"; : > "$out/cpu.txt"; : > "$out/rss.txt"; : > "$out/load.txt"
  paths=?
  for r in $(seq 1 "$runs"); do
    cut -d' ' -f1 /proc/loadavg >> "$out/load.txt"
    t0=$(now); docker save "$img" > /dev/null; t1=$(now)
    echo "$t1 - $t0" | bc -l >> "$out/save.txt"
    /usr/bin/time -f '%e %M %U %S' -o "$out/time.txt" java -cp "$cp" io.dockwright.Main inspect "$img" --json > "$out/inspect.json"
    read -r wall rss user sys < "$out/time.txt"
    echo "$wall" >> "$out/inspect.txt"; echo "$user + $sys" | bc -l >> "$out/cpu.txt"; echo "$rss / 1024" | bc -l >> "$out/rss.txt"
    paths=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["paths"])' "$out/inspect.json")
    echo "run $r $img: save $(tail -1 "$out/save.txt") s, inspect $wall s, cpu $(tail -1 "$out/cpu.txt") s, rss $((rss / 1024)) MB" >&2
  done
  s=$(p50 < "$out/save.txt"); i=$(p50 < "$out/inspect.txt")
  printf "| %s | %.0f | %s | %s | %.2f (%s) | %.2f (%s) | %.2f | %.2f | %.0f (max %.0f) | %.0f | %.1f |\n" "$img" "$(echo "$size / 1000000" | bc -l)" \
    "$paths" "$runs" "$s" "$(minmax < "$out/save.txt" | sed 's/\([0-9]*\.[0-9][0-9]\)[0-9]*/\1/g')" "$i" "$(minmax < "$out/inspect.txt")" \
    "$(echo "$i / $s" | bc -l)" "$(p50 < "$out/cpu.txt")" "$(p50 < "$out/rss.txt")" "$(sort -g "$out/rss.txt" | tail -1)" \
    "$(echo "$size / 1000000 / $i" | bc -l)" "$(p50 < "$out/load.txt")"
done
