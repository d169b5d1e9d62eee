#!/bin/sh
exec python /app/greet.py "$@"
