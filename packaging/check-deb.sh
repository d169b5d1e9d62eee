#!/usr/bin/env bash
# Builds the .deb (mvn -Ppackage package), installs it and checks the installed application:
# the launcher prints --version, runs `graph` on an example, and opens its window under Xvfb
# (a screenshot is taken and must not be blank). Exits non-zero with a message on the first failure.
#   packaging/check-deb.sh [--no-build]      (--no-build: use the .deb already in target/jpackage)
# It also checks that bin/Dockwright is packaging/linux/launcher and passes odd paths through, that it maps
# the package's AOT cache (packaging/aot-train.sh), that the JVM prints no warning and that the app's process
# is named dockwright.
# Environment: MVN_ARGS (extra Maven arguments, e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."

LAUNCHER=/opt/dockwright/bin/Dockwright
EXAMPLE=assets/examples/python-guide/Dockerfile.multistage
OUT=target/jpackage
SHOT=$OUT/check-deb-window.png

say()  { printf '== %s\n' "$*"; }
fail() { printf 'check-deb: FAILED: %s\n' "$*" >&2; exit 1; }

need=()
for tool in fakeroot:fakeroot dpkg-deb:dpkg Xvfb:xvfb import:imagemagick xdotool:xdotool; do
  command -v "${tool%%:*}" >/dev/null || need+=("${tool#*:}")
done
if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]}"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
fi

if [ "${1:-}" != "--no-build" ]; then
  say "building the .deb (mvn -Ppackage package)"
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_ARGS:-} -Ppackage package || fail "mvn -Ppackage package"
fi
deb=$(ls -t "$OUT"/dockwright_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no $OUT/dockwright_*.deb: run without --no-build"
version=$(dpkg-deb -f "$deb" Version | sed 's/-[0-9]*$//')

say "installing $deb"
# Desktop systems have these; minimal containers lack them and xdg-desktop-menu then skips the menu entry.
mkdir -p /etc/xdg/menus /usr/share/applications /usr/share/desktop-directories
DEBIAN_FRONTEND=noninteractive dpkg -i "$deb" >/dev/null \
  || DEBIAN_FRONTEND=noninteractive apt-get install -y -q -f >/dev/null \
  || fail "installing $deb"
[ -x "$LAUNCHER" ] || fail "launcher $LAUNCHER missing after install"
# packaging/linux/launcher, not jpackage's native one (which runs dpkg -S at every start)
[ "$(head -c 2 "$LAUNCHER")" = '#!' ] || fail "$LAUNCHER is jpackage's native launcher, not packaging/linux/launcher"
ls /usr/share/applications/*ockwright*.desktop >/dev/null 2>&1 || fail "no desktop entry in /usr/share/applications"
[ -f /usr/share/mime/packages/dockwright-mime.xml ] || fail "Dockerfile MIME globs not registered"

say "$LAUNCHER --version"
got=$("$LAUNCHER" --version) || fail "--version exited $?"
[ "$(head -1 <<<"$got")" = "dockwright $version" ] || fail "--version printed '$got', expected 'dockwright $version' first"
grep -q '^log: .*/logs/dockwright.log$' <<<"$got" || fail "--version names no log file: '$got'"
echo "$got"

say "dockwright on PATH"
[ "$(readlink /usr/bin/dockwright)" = "$LAUNCHER" ] || fail "/usr/bin/dockwright is not a link to $LAUNCHER"
[ "$(PATH=/usr/bin:/bin dockwright --version | head -1)" = "dockwright $version" ] || fail "dockwright --version through /usr/bin"

say "AOT cache"
[ -s /opt/dockwright/lib/app/dockwright.aot ] || fail "no /opt/dockwright/lib/app/dockwright.aot in the package"
# -XX:AOTMode=on makes the JVM fail instead of silently starting without the cache.
aot=$(JAVA_TOOL_OPTIONS='-XX:AOTMode=on -Xlog:class+load=info' "$LAUNCHER" --version 2>&1) \
  || fail "the launcher cannot map its AOT cache: $(tail -3 <<<"$aot")"
grep -q 'io.dockwright.Main source: shared objects file' <<<"$aot" || fail "the AOT cache lacks the application's classes"
echo "$(grep -c 'source: shared objects file' <<<"$aot") classes mapped from the AOT cache for --version"
if grep -q '^WARNING' <<<"$aot"; then fail "the launcher prints JVM warnings: $(grep '^WARNING' <<<"$aot" | head -3)"; fi

say "$LAUNCHER graph $EXAMPLE --format json"
json=$("$LAUNCHER" graph "$EXAMPLE" --format json) || fail "graph exited $?"
for key in '"stages"' '"edges"' '"externalImages"' '"python:3.7"' '"target"'; do
  grep -qF "$key" <<<"$json" || fail "graph JSON lacks $key: $json"
done
echo "$json" | head -c 300; echo
# Arguments reach the app as given: a path with a space, quotes and a dollar sign.
odd=$(mktemp -d)/"it's a \$HOME"
mkdir -p "$odd" && cp "$EXAMPLE" "$odd/Dockerfile"
"$LAUNCHER" graph "$odd/Dockerfile" --format json | grep -qF '"python:3.7"' || fail "graph on $odd/Dockerfile"
rm -rf "$(dirname "$odd")"

say "window under Xvfb"
home=$(mktemp -d)   # a fresh user: no recovery file, window placement or settings from earlier runs (-Ddockwright.home below)
APP_PID=
. scripts/lib/xvfb.sh
private_xvfb "$home" || fail "Xvfb did not start"
JAVA_TOOL_OPTIONS="-Ddockwright.home=$home/state" "$LAUNCHER" "$EXAMPLE" >"$OUT/check-deb-app.log" 2>&1 &
APP_PID=$!
timeout 120 xdotool search --sync --onlyvisible --name 'Dockwright' >/dev/null \
  || fail "no visible Dockwright window within 120 s (log: $OUT/check-deb-app.log)"
# The window is mapped before its first paint; on a busy machine the paint can take seconds more.
colours=0
for _ in $(seq 30); do
  sleep 2
  kill -0 "$APP_PID" 2>/dev/null || fail "the app exited (log: $OUT/check-deb-app.log)"
  import -window root "$SHOT" || fail "screenshot"
  colours=$(convert "$SHOT" -format '%k' info:)
  [ "$colours" -ge 50 ] && break
done
[ "$colours" -ge 50 ] || fail "screenshot $SHOT still looks blank after 60 s ($colours colours)"
echo "screenshot $SHOT: $colours colours"
name=$(cat "/proc/$APP_PID/comm" 2>/dev/null) || fail "the app exited (log: $OUT/check-deb-app.log)"
[ "$name" = dockwright ] || fail "the app's process is named '$name', not dockwright"
say "check-deb: OK ($deb)"
