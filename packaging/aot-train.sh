#!/usr/bin/env bash
# AOT cache training run, used by `mvn -Ppackage package` after the application image is made: starts the
# image's own runtime and jar under a private Xvfb with an example open, records what the start loads and
# links (-XX:AOTMode=record), then writes IMAGE/lib/app/dockwright.aot (-XX:AOTMode=create), which the
# launcher maps at every start (-XX:AOTCache=$APPDIR/dockwright.aot in packaging/common/app.args).
#   packaging/aot-train.sh IMAGE      (IMAGE: the app image folder, e.g. target/jpackage/Dockwright)
# The cache is tied to the runtime and to the jar's name, size and time stamp, not to its folder, so the
# .deb carries it as made here. jpackage does not keep the jar's time stamp when it copies the image into
# the .deb, so the jar gets a fixed one (JAR_TIME) here and the package's postinst sets it again.
# Needs Xvfb and xdotool (Debian packages xvfb, xdotool).
set -euo pipefail
cd "$(dirname "$0")/.."

img=$(realpath "$1")
java=$img/lib/runtime/bin/java jar=$img/lib/app/dockwright.jar cache=$img/lib/app/dockwright.aot
example=$PWD/assets/examples/python-guide/Dockerfile
say() { printf 'aot-train: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
[ -x "$java" ] && [ -f "$jar" ] || die "no runtime or jar in $img"
for tool in Xvfb xdotool; do
  command -v $tool >/dev/null || die "$tool is missing (Debian packages xvfb and xdotool): the training run opens the window"
done

# The launcher's JVM options, minus the cache itself (jpackage's $APPDIR means nothing here).
mapfile -t opts < <(cat packaging/common/app.args packaging/linux/app.args | sed -n 's/^--java-options[[:space:]]\{1,\}//p' | grep -v AOTCache)

work=$(mktemp -d)
APP_PID=
. scripts/lib/xvfb.sh
private_xvfb "$work" || die "Xvfb did not start"

rm -f "$cache"
touch -d @1767225600 "$jar"   # JAR_TIME, 2026-01-01 UTC: the same in packaging/linux/postinst
# a first start's state (Java takes the home folder from the user database, not $HOME)
"$java" "${opts[@]}" -Ddockwright.home="$work/state" -XX:AOTMode=record -XX:AOTConfiguration="$work/dockwright.aotconf" \
  -cp "$jar" io.dockwright.Main "$example" >"$work/app.log" 2>&1 &
APP_PID=$!
up=
for _ in $(seq 900); do
  kill -0 "$APP_PID" 2>/dev/null || { cat "$work/app.log" >&2; die "the app exited during the training run"; }
  xdotool search --onlyvisible --name 'Dockwright' >/dev/null 2>&1 && { up=1; break; }
  sleep 0.2
done
[ -n "$up" ] || { cat "$work/app.log" >&2; die "no window within 3 minutes"; }
sleep 3   # the first analysis, stage graph layout and paint
kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
APP_PID=
[ -s "$work/dockwright.aotconf" ] || { cat "$work/app.log" >&2; die "no AOT configuration was recorded"; }

"$java" "${opts[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$work/dockwright.aotconf" -XX:AOTCache="$cache" \
  -cp "$jar" >"$work/create.log" 2>&1 || { cat "$work/create.log" >&2; die "creating the AOT cache failed"; }
# -XX:AOTMode=on fails instead of starting without the cache: proves the cache maps with the launcher's options.
"$java" "${opts[@]}" -XX:AOTMode=on -XX:AOTCache="$cache" -cp "$jar" io.dockwright.Main --version >/dev/null \
  || die "the new AOT cache does not map"
say "wrote $cache ($(du -m "$cache" | cut -f1) MB)"
