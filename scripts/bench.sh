#!/usr/bin/env bash
# `make bench`: every benchmark of the project, each printing its own numbers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
status=0
for bench in scripts/bench-*.sh; do
  [ -e "$bench" ] || continue
  echo "== $bench" >&2
  bash "$bench" || status=$?
done
exit "$status"
