#!/usr/bin/env bash
# Takes the README screenshots of the real window under Xvfb: light and dark with the seed example open, the
# welcome page (engine found; and dark with no engine at the given endpoint), the Preferences dialog, the
# Optimize page on the guide's example, and the Chart and (dark) Build tabs after building the guide's two
# Dockerfiles on the Docker engine (needs the engine with the python:3.7 images, e.g. .ci/docker-setup.sh).
# Usage: scripts/screenshots.sh [JAR]   (default target/dockwright.jar; build it with mvn -q package -DskipTests;
#        the Preferences and Optimize shots also need the test classes and the class path: mvn -q test-compile)
# Needs: Xvfb, imagemagick (import), x11-utils (xwininfo).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR="${1:-target/dockwright.jar}"
OUT=docs/images
mkdir -p "$OUT"
. scripts/lib/xvfb.sh
private_xvfb "$(mktemp -d)" || { echo "Xvfb did not start" >&2; exit 1; }

# A fresh home: the theme, an engine endpoint (empty: find it), builds on the host network (this machine's engine
# has no bridge network; users get the engine's default), and recent files of which one is missing.
home_with() { # theme endpoint
    local home
    home=$(mktemp -d)
    printf '{"version": 2, "theme": "%s", "engineEndpoint": "%s", "buildNetwork": "host"}\n' "$1" "$2" > "$home/preferences.json"
    printf '%s\n' "$PROJECTS/python-guide/Dockerfile" "/home/me/projects/old-api/Dockerfile" \
        "$PROJECTS/go-app/Dockerfile" > "$home/recent-files.txt"
    echo "$home"
}

# Starts a command, waits for a window whose title matches, captures it, stops the command.
capture() { # title-regex output command...
    local title=$1 out=$2
    shift 2
    "$@" >/dev/null 2>&1 &
    local app=$!
    APP_PID=$app # stopped by the Xvfb clean-up if this script ends early
    local id=""
    for _ in $(seq 1 120); do
        id=$(xwininfo -root -tree | awk -v t="$title" '$0 ~ t {print $1; exit}')
        [ -n "$id" ] && break
        sleep 1
    done
    [ -n "$id" ] || { echo "window did not appear" >&2; kill $app; return 1; }
    if [ -n "${READY:-}" ]; then # the driver says when it is done (builds take minutes)
        for _ in $(seq 1 900); do
            [ -f "$READY" ] && break
            kill -0 $app 2>/dev/null || { echo "the app ended before it was ready (a build failed?)" >&2; return 1; }
            sleep 1
        done
        [ -f "$READY" ] || { echo "the window never got ready ($READY)" >&2; kill $app; return 1; }
    else
        sleep "${SCREENSHOT_SETTLE:-6}"
    fi
    import -window "$id" "$out"
    kill $app
    wait $app 2>/dev/null || true
    APP_PID=
    echo "wrote $out"
}

shoot() { # theme file output [endpoint]
    local home
    home=$(home_with "$1" "${4:-}")
    capture '— Dockwright' "$3" java -Ddockwright.home="$home" -jar "$JAR" ${2:+"$2"}
    rm -rf "$home"
}

# A test-scope screenshot driver (a main class under src/test) run on the test class path.
driver() { # theme title-regex main-class output arguments...
    local home cp theme=$1 title=$2 main=$3 out=$4
    shift 4
    home=$(home_with "$theme" "")
    [ -f target/classpath.txt ] || mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
    cp="target/test-classes:target/classes:$(cat target/classpath.txt)"
    READY=${READY:+$home/ready} capture "$title" "$out" java -Ddockwright.home="$home" -Dscreenshot.ready="$home/ready" -cp "$cp" "$main" "$@"
    rm -rf "$home"
}

# the examples opened from a neutral folder: the status bar and recent files show it, not this checkout
PROJECTS="${SCREENSHOT_PROJECTS:-/tmp/dockwright-screenshots}"
rm -rf "$PROJECTS"
mkdir -p "$PROJECTS"
cp -r assets/examples/python-guide assets/examples/go-app "$PROJECTS/"
shoot light "$PROJECTS/python-guide/Dockerfile" "$OUT/workbench-light.png"
shoot dark "$PROJECTS/python-guide/Dockerfile.multistage" "$OUT/workbench-dark.png"
shoot light "" "$OUT/welcome.png"
shoot dark "" "$OUT/welcome-no-engine-dark.png" "unix:///run/dockwright-screenshot/no-engine.sock"
driver light '"Preferences"' 'io.dockwright.app.PreferencesScreenshot$Launcher' "$OUT/preferences.png" general
driver dark '"Preferences"' 'io.dockwright.app.PreferencesScreenshot$Launcher' "$OUT/preferences-runtime-bases-dark.png" bases
driver light '— Dockwright' 'io.dockwright.app.OptimizeScreenshot$Launch' "$OUT/optimize.png" "$PROJECTS/python-guide/Dockerfile"
guide=$PROJECTS/python-guide
READY=1 driver light '— Dockwright' 'io.dockwright.app.BuildPanelsScreenshot$Launcher' "$OUT/build-chart.png" \
    "$guide/Dockerfile" "$guide/Dockerfile.multistage" chart
READY=1 driver dark '— Dockwright' 'io.dockwright.app.BuildPanelsScreenshot$Launcher' "$OUT/build-panel-dark.png" \
    "$guide/Dockerfile" "$guide/Dockerfile.multistage" build dark
rm -rf "$PROJECTS"
