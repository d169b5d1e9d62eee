#!/usr/bin/env bash
# Puts packaging/linux/launcher into the application image as bin/Dockwright, in place of jpackage's native
# launcher and its library (see the launcher for why). Run by `mvn -Ppackage package` after the image is made.
#   packaging/linux/set-launcher.sh IMAGE      (IMAGE: the app image folder, e.g. target/jpackage/Dockwright)
set -euo pipefail
img=$1
[ -f "$img/lib/app/Dockwright.cfg" ] || { echo "set-launcher: $img is not a Dockwright app image" >&2; exit 1; }
# other launchers (jpackage --add-launcher) would still need libapplauncher.so and a script of their own
[ "$(ls "$img/bin")" = Dockwright ] || { echo "set-launcher: $img/bin holds more than the Dockwright launcher" >&2; exit 1; }
install -m 755 "$(dirname "$0")/launcher" "$img/bin/Dockwright"
# the runtime's java under the app's name: a process takes the name it was started by, so ps, top and the
# desktop's system monitor show "dockwright", not one more "java"
ln -sfn java "$img/lib/runtime/bin/dockwright"
rm -f "$img/lib/libapplauncher.so"
