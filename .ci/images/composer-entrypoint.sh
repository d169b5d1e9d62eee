#!/usr/bin/env bash
# The behaviour of composer/docker's docker-entrypoint.sh for the stand-in: an option, "composer" or a composer
# command as the first argument runs composer under tini; anything else runs as given.
if [ "$(printf %c "${1:-}")" = '-' ]; then
    set -- /sbin/tini -- composer "$@"
elif [ "${1:-}" = composer ]; then
    set -- /sbin/tini -- "$@"
elif [ -n "${1:-}" ] && composer help "$1" >/dev/null 2>&1; then
    set -- /sbin/tini -- composer "$@"
fi
exec "$@"
