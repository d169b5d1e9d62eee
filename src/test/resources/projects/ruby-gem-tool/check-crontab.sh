#!/bin/sh
# CI step and container entrypoint: lint every crontab given (default: the deployed one)
set -e
[ "$#" -gt 0 ] || set -- /etc/cron.d/app
status=0
for f in "$@"; do
  cronlint "$f" || status=$?
done
exit "$status"
