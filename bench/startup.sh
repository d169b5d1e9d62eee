#!/usr/bin/env bash
# Startup time to a visible window and resident memory with an example open, under Xvfb.
#   bench/startup.sh [RUNS] [LAUNCHER...]
# Without LAUNCHER it measures each of these that exists, RUNS times each (default 5):
#   the installed package      /opt/dockwright/bin/Dockwright   (its JDK 25 runtime and AOT cache)
#   the plain jar              java -jar target/dockwright.jar  (the java on PATH, no cache)
# Each run opens the guide's Dockerfile as a user without Dockwright settings (its state folder,
# -Ddockwright.home through JAVA_TOOL_OPTIONS, is new for each run: Java takes the home folder from the user
# database, not $HOME; JavaFX's native-library cache in the real home is kept, as on a user's machine after
# the first start), times launch -> a mapped window titled "... Dockwright"
# (xdotool) and -> its first paint (the top-left part of the window shows more than a blank fill,
# polled with ImageMagick's import every 0.2 s), waits SETTLE seconds (default 5) and reads VmRSS. cpu_s is the process's CPU time
# (user+sys) when the window appeared: on a busy machine (see load1) wall time mostly measures waiting
# for a core, CPU time does not. Per-run lines go to stderr, a markdown table to stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; shift || true
example=assets/examples/python-guide/Dockerfile
settle=${SETTLE:-5}

launchers=()
if [ $# -gt 0 ]; then
  launchers=("$*")
else
  [ -x /opt/dockwright/bin/Dockwright ] && launchers+=("/opt/dockwright/bin/Dockwright")
  [ -f target/dockwright.jar ] && launchers+=("java -jar target/dockwright.jar")
fi
[ ${#launchers[@]} -gt 0 ] || { echo "nothing to measure: build with mvn -Ppackage package" >&2; exit 1; }

work=$(mktemp -d)
APP_PID=
. scripts/lib/xvfb.sh
private_xvfb "$work" || { echo "Xvfb did not start" >&2; exit 1; }
tick=$(getconf CLK_TCK)

alive() {
  kill -0 "$1" 2>/dev/null && return
  local rc=0; wait "$1" || rc=$?
  echo "run $2: the app exited with status $rc:" >&2; cat "$work/app.log" >&2; exit 1
}
# p50 (min–max) of the numbers on stdin
stats() { sort -n | awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%.'"$1"'f (%.'"$1"'f–%.'"$1"'f)", m, v[1], v[NR]}'; }

rows=()
for launcher in "${launchers[@]}"; do
  read -ra cmd <<<"$launcher"
  : >"$work/runs"
  printf '%s\n%-4s %10s %10s %10s %10s %8s\n' "$launcher" run window_s painted_s cpu_s rss_mb load1 >&2
  for i in $(seq "$runs"); do
    rm -rf "$work/state"
    start=$(date +%s%N)
    JAVA_TOOL_OPTIONS="-Ddockwright.home=$work/state" "${cmd[@]}" "$example" >"$work/app.log" 2>&1 &
    APP_PID=$!
    wid=
    until wid=$(xdotool search --onlyvisible --name 'Dockwright' 2>/dev/null | head -1) && [ -n "$wid" ]; do
      alive "$APP_PID" "$i"
      sleep 0.02
    done
    shown=$(date +%s%N)
    cpu=$(awk -v t="$tick" '{print ($14 + $15) / t}' "/proc/$APP_PID/stat")
    # painted: the window's top-left part (menus, editor) shows more than a blank fill
    until [ "$(import -window "$wid" -crop 600x400+0+0 +repage -format '%k' info: 2>/dev/null || echo 0)" -ge 50 ]; do
      alive "$APP_PID" "$i"
      sleep 0.2
    done
    painted=$(date +%s%N)
    sleep "$settle"
    rss=$(awk '/^VmRSS/ {print $2 / 1024}' "/proc/$APP_PID/status")
    load=$(cut -d' ' -f1 /proc/loadavg)
    window=$(awk -v a="$start" -v b="$shown" 'BEGIN {print (b - a) / 1e9}')
    paint=$(awk -v a="$start" -v b="$painted" 'BEGIN {print (b - a) / 1e9}')
    printf '%-4s %10.2f %10.2f %10.2f %10.0f %8s\n' "$i" "$window" "$paint" "$cpu" "$rss" "$load" >&2
    echo "$window $paint $cpu $rss $load" >>"$work/runs"
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    APP_PID=
  done
  col() { cut -d' ' -f"$1" "$work/runs" | stats "$2"; }
  rows+=("| \`$launcher\` | $runs | $(col 1 2) | $(col 2 2) | $(col 3 2) | $(col 4 0) | $(col 5 1) |")
done

echo
runtime=
[ -x /opt/dockwright/lib/runtime/bin/java ] && runtime=", package runtime $(/opt/dockwright/lib/runtime/bin/java -version 2>&1 | grep -m1 version)"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, java on PATH $(java -version 2>&1 | grep -m1 version)$runtime, values: p50 (min–max)"
echo
echo "| launcher | runs | to window (s) | to first paint (s) | CPU to window (s) | resident, example open (MB) | load average (1 min) |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
