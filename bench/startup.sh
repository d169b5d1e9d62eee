#!/usr/bin/env bash
# Startup time to a visible window and resident memory with an example open, under Xvfb.
#   bench/startup.sh [RUNS] [LAUNCHER...]
# LAUNCHER defaults to the installed package (/opt/dockwright/bin/Dockwright); e.g.
#   bench/startup.sh 5 java -jar target/dockwright.jar
# Each run uses a fresh HOME (no settings, no recovery file), opens the guide's example, times launch ->
# a mapped window titled "... Dockwright" (xdotool), waits SETTLE seconds (default 5) and reads VmRSS.
# cpu_s is the process's CPU time (user+sys) when the window appeared: on a busy machine (see load1)
# wall time mostly measures waiting for a core, CPU time does not.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; shift || true
launcher=("$@"); [ ${#launcher[@]} -gt 0 ] || launcher=(/opt/dockwright/bin/Dockwright)
example=assets/examples/python-guide/Dockerfile
settle=${SETTLE:-5}
display=${BENCH_DISPLAY:-:96}

Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

tick=$(getconf CLK_TCK)
printf '%-4s %10s %10s %10s %8s\n' run window_s cpu_s rss_mb load1
for i in $(seq "$runs"); do
  home=$(mktemp -d)
  start=$(date +%s%N)
  HOME=$home "${launcher[@]}" "$example" >/dev/null 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --name 'Dockwright' >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "run $i: the app exited" >&2; exit 1; }
    sleep 0.02
  done
  shown=$(date +%s%N)
  cpu=$(awk -v t="$tick" '{print ($14 + $15) / t}' "/proc/$pid/stat")
  sleep "$settle"
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  printf '%-4s %10.2f %10.2f %10.0f %8s\n' "$i" "$(echo "($shown - $start) / 1000000000" | bc -l)" "$cpu" \
    "$(echo "$rss / 1024" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$home"
done
