#!/usr/bin/env bash
# AOT cache training run, used by `mvn -Ppackage package` after the application image is made: starts the
# image's own launcher (bin/Dockwright, packaging/linux/launcher) under a private Xvfb with an example open,
# records what the start loads and links (-XX:AOTMode=record), then writes IMAGE/lib/app/dockwright.aot
# (-XX:AOTMode=create), which the launcher maps at every start (-XX:AOTCache=$APPDIR/dockwright.aot in
# packaging/common/app.args). Every run goes through the launcher, so the cache is made with the options it
# is used with; the AOT mode comes in through JDK_JAVA_OPTIONS, which the java launcher reads first.
#   packaging/aot-train.sh IMAGE      (IMAGE: the app image folder, e.g. target/jpackage/Dockwright)
# The cache is tied to the runtime and to the jar's name, size and time stamp, not to its folder, so the
# .deb carries it as made here. jpackage does not keep the jar's time stamp when it copies the image into
# the .deb, so the jar gets a fixed one (JAR_TIME) here and the package's postinst sets it again.
# Needs Xvfb and xdotool (Debian packages xvfb, xdotool).
set -euo pipefail
cd "$(dirname "$0")/.."

img=$(realpath "$1")
launcher=$img/bin/Dockwright jar=$img/lib/app/dockwright.jar cache=$img/lib/app/dockwright.aot cfg=$img/lib/app/Dockwright.cfg
example=$PWD/assets/examples/python-guide/Dockerfile
say() { printf 'aot-train: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
[ -x "$launcher" ] && [ -f "$jar" ] && [ -f "$cfg" ] || die "no launcher, jar or Dockwright.cfg in $img"
for tool in Xvfb xdotool; do
  command -v $tool >/dev/null || die "$tool is missing (Debian packages xvfb and xdotool): the training run opens the window"
done

grep -q '^java-options=-XX:AOTCache=' "$cfg" || die "$cfg names no AOT cache"
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS # only the launcher's options and the AOT mode below

work=$(mktemp -d)
APP_PID=
. scripts/lib/xvfb.sh
private_xvfb "$work" || die "Xvfb did not start"
# The JVM refuses -XX:AOTCache in record mode: the record run gets the configuration without that line.
cp "$cfg" "$work/Dockwright.cfg"
restore_cfg() { cp "$work/Dockwright.cfg" "$cfg"; }
trap 'restore_cfg || true; _private_xvfb_cleanup' EXIT
grep -v '^java-options=-XX:AOTCache=' "$work/Dockwright.cfg" >"$cfg"

rm -f "$cache"
touch -d @1767225600 "$jar"   # JAR_TIME, 2026-01-01 UTC: the same in packaging/linux/postinst
# a first start's state (Java takes the home folder from the user database, not $HOME)
# the java launcher splits JDK_JAVA_OPTIONS at spaces unless quoted ($TMPDIR may hold a space)
JDK_JAVA_OPTIONS="'-Ddockwright.home=$work/state' -XX:AOTMode=record '-XX:AOTConfiguration=$work/dockwright.aotconf'" \
  "$launcher" "$example" >"$work/app.log" 2>&1 &
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
restore_cfg
[ -s "$work/dockwright.aotconf" ] || { cat "$work/app.log" >&2; die "no AOT configuration was recorded"; }

# create mode writes the cache the launcher names (-XX:AOTCache) and exits without running the app
JDK_JAVA_OPTIONS="-XX:AOTMode=create '-XX:AOTConfiguration=$work/dockwright.aotconf'" "$launcher" >"$work/create.log" 2>&1 \
  || { cat "$work/create.log" >&2; die "creating the AOT cache failed"; }
[ -s "$cache" ] || { cat "$work/create.log" >&2; die "no AOT cache at $cache"; }
# -XX:AOTMode=on fails instead of starting without the cache: proves the launcher maps it.
JDK_JAVA_OPTIONS=-XX:AOTMode=on "$launcher" --version >/dev/null 2>&1 || die "the new AOT cache does not map"
say "wrote $cache ($(du -m "$cache" | cut -f1) MB)"
