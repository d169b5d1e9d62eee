#!/bin/sh
# The behaviour of nodejs/docker-node's docker-entrypoint.sh for the stand-ins: an option, a word that is no
# command, or a non-executable file as the first argument runs under node; anything else is run as given.
set -e
if [ "${1#-}" != "$1" ] || [ -z "$(command -v "$1")" ] || { [ -f "$1" ] && ! [ -x "$1" ]; }; then
  set -- node "$@"
fi
exec "$@"
