#!/bin/sh -eu
# The behaviour of carlossg/docker-maven's mvn-entrypoint.sh for the stand-ins: files under /usr/share/maven/ref
# are copied into $MAVEN_CONFIG (~/.m2) without overwriting what is there (unless FILE.override exists), then
# MAVEN_CONFIG is unset (mvn would read it as arguments) and the command runs in the original directory.
owd="$(pwd)"
if mkdir -p "$MAVEN_CONFIG/repository" 2>/dev/null && touch "$MAVEN_CONFIG/copy_reference_file.log" 2>/dev/null; then
    cd /usr/share/maven/ref
    find . -type f | while read -r f; do
        if [ ! -e "$MAVEN_CONFIG/$f" ] || [ -e "$f.override" ]; then
            mkdir -p "$MAVEN_CONFIG/$(dirname "$f")" && cp "$f" "$MAVEN_CONFIG/$f"
        fi
    done
else
    echo "Can not write to $MAVEN_CONFIG/copy_reference_file.log. Wrong volume permissions? Carrying on ..."
fi
unset MAVEN_CONFIG
cd "$owd"
exec "$@"
