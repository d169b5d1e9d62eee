#!/usr/bin/env bash
# Class-data sharing (AppCDS) training run, used by `mvn -Ppackage package`: starts the window under a
# private Xvfb with an example open and records what it loads, so later starts map those classes from an
# archive instead of parsing and verifying them again.
#   packaging/cds-train.sh JAR CLASSLIST [ARGS_FILE]
# Writes CLASSLIST (the loaded classes, for `java -Xshare:dump`; the .deb's postinst builds its archive
# from it) and, with ARGS_FILE, a dynamic archive JAR's-folder/dockwright.jsa for the system JDK plus an
# argument file that starts the jar with it and the packaged app's JVM options:
#   java @target/dockwright.args [Dockerfile]
# JVM options come from packaging/common/app.args (the same as the installed launcher's).
# Without Xvfb it warns and writes nothing: the package then works, it only starts slower.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(realpath "$1"); classlist=$2; argsfile=${3:-}
example=$PWD/assets/examples/python-guide/Dockerfile
say() { printf 'cds-train: %s\n' "$*" >&2; }

rm -f "$classlist"
if ! command -v Xvfb >/dev/null; then
  say "WARNING: no Xvfb (Debian package xvfb): packaging without a class-data list (slower start)"
  exit 0
fi

# The launcher's JVM options, minus the archive itself (jpackage's $APPDIR means nothing here).
mapfile -t opts < <(sed -n 's/^--java-options[[:space:]]\{1,\}//p' packaging/common/app.args | grep -v SharedArchiveFile)

work=$(mktemp -d)
xvfb= app=
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { say "WARNING: Xvfb did not start: no class-data list"; exit 0; }
export DISPLAY=:$(head -1 "$work/display")

dump=()
if [ -n "$argsfile" ]; then
  jsa=$(dirname "$jar")/dockwright.jsa
  rm -f "$jsa"
  dump=(-XX:ArchiveClassesAtExit="$jsa")
fi
mkdir -p "$work/home"
HOME=$work/home java "${opts[@]}" -XX:DumpLoadedClassList="$classlist.tmp" "${dump[@]}" \
  -cp "$jar" io.dockwright.Main "$example" >"$work/app.log" 2>&1 &
app=$!
# The window is up once a top-level window carries the title; without xdotool give it a fixed time.
if command -v xdotool >/dev/null; then
  timeout 180 xdotool search --sync --onlyvisible --name 'Dockwright' >/dev/null \
    || { say "WARNING: no window within 180 s: no class-data list"; cat "$work/app.log" >&2; exit 0; }
  sleep 3   # the first analysis, stage graph layout and paint
else
  sleep 30
fi
kill -TERM "$app"; wait "$app" 2>/dev/null || true
app=
mv "$classlist.tmp" "$classlist"
say "$(grep -vc '^[#@]' "$classlist") classes listed in $classlist"

if [ -n "$argsfile" ]; then
  if [ -s "$jsa" ]; then
    { printf '%s\n' "${opts[@]}"; printf -- '-XX:SharedArchiveFile=%s\n-jar\n%s\n' "$jsa" "$jar"; } >"$argsfile"
    say "wrote $jsa and $argsfile (java @$argsfile [Dockerfile])"
  else
    say "WARNING: no dynamic archive written (log: see above)"; cat "$work/app.log" >&2
  fi
fi
