#!/bin/sh
# Lists the released versions that satisfy SUPPORTED_RANGE, oldest first, on one line.
set -eu

releases="$(grep -v '^#' releases.txt | tr '\n' ' ')"
# shellcheck disable=SC2086
supported="$(semver -r "$SUPPORTED_RANGE" $releases | tr '\n' ' ')"
count="$(echo $supported | wc -w)"
echo "release-check: $count supported ($SUPPORTED_RANGE): ${supported% }"
