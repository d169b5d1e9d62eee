#!/usr/bin/env bash
# Classes loaded before the window shows, by library, and CPU time to the window, under a private Xvfb.
#   bench/startup-classes.sh [RUNS] [LAUNCHER...]     (default: java -XX:TieredStopAtLevel=1 -Xms96m -jar target/dockwright.jar)
# The launcher gets -Xlog:class+load added after its first word (java) and the guide's Dockerfile as argument.
# One line per run: classes loaded when xdotool finds the window, how many of them are ELK / JFreeChart /
# docker-java / Jackson, the process's CPU time then, wall time and the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; shift || true
[ $# -gt 0 ] || set -- java -XX:TieredStopAtLevel=1 -Xms96m -jar target/dockwright.jar
work=$(mktemp -d)
APP_PID=
. scripts/lib/xvfb.sh
private_xvfb "$work" || { echo "Xvfb did not start" >&2; exit 1; }
tick=$(getconf CLK_TCK)
java_cmd=$1; shift
for i in $(seq "$runs"); do
  rm -rf "$work/state"   # the app's state folder (Java ignores $HOME)
  start=$(date +%s%N)
  "$java_cmd" "-Ddockwright.home=$work/state" "-Xlog:class+load:file=$work/classes.log" "$@" assets/examples/python-guide/Dockerfile >"$work/app.log" 2>&1 &
  APP_PID=$!
  until wid=$(xdotool search --onlyvisible --name 'Dockwright' 2>/dev/null | head -1) && [ -n "$wid" ]; do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.02
  done
  shown=$(date +%s%N)
  cpu=$(awk -v t="$tick" '{print ($14 + $15) / t}' "/proc/$APP_PID/stat")
  cp "$work/classes.log" "$work/at-window.log"
  count() { grep -c "$1" "$work/at-window.log" || true; }
  printf 'run %s classes=%s elk=%s jfree=%s docker-java=%s jackson=%s cpu_s=%s wall_s=%s load1=%s\n' "$i" \
    "$(wc -l <"$work/at-window.log")" "$(count org.eclipse.elk)" "$(count org.jfree)" "$(count com.github.dockerjava)" \
    "$(count com.fasterxml.jackson)" "$cpu" "$(awk -v a="$start" -v b="$shown" 'BEGIN {print (b - a) / 1e9}')" \
    "$(cut -d' ' -f1 /proc/loadavg)"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  APP_PID=
done
