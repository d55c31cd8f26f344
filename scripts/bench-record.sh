#!/usr/bin/env bash
# Times `lockstep record` and `lockstep diff` against what Docker itself needs for the same target:
# `record --image` against `docker run --rm IMAGE true`, `record --container` against one
# `docker exec`, and `diff` of two records against `cmp`. Needs the image of `make provision`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly DOCKER=/usr/bin/docker
readonly RUNS=5

image="lockstep/dev:$(sha256sum lock/dev.lock.json | cut -c1-12)"
if ! "$DOCKER" image inspect "$image" >/dev/null 2>&1; then
  echo "bench-record: $image is missing; run \`make provision\` first" >&2
  exit 3
fi
work=$(mktemp -d)
container=""
cleanup() {
  [ -z "$container" ] || "$DOCKER" rm -f "$container" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# The median of RUNS timings of a command, in seconds.
median() {
  local times=() start end
  for _ in $(seq "$RUNS"); do
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p"
}

container=$("$DOCKER" run -d "$image" tail -f /dev/null)
bin/lockstep record dev --image "$image" --output "$work/a.json" >/dev/null 2>&1
cp "$work/a.json" "$work/b.json"

printf 'record --image     %6.2f s   docker run --rm true  %6.2f s\n' \
  "$(median bin/lockstep record dev --image "$image" --output "$work/i.json")" \
  "$(median "$DOCKER" run --rm "$image" true)"
printf 'record --container %6.2f s   docker exec true      %6.2f s\n' \
  "$(median bin/lockstep record dev --container "$container" --output "$work/c.json")" \
  "$(median "$DOCKER" exec "$container" true)"
printf 'diff               %6.2f s   cmp                   %6.2f s\n' \
  "$(median bin/lockstep diff "$work/a.json" "$work/b.json")" \
  "$(median cmp "$work/a.json" "$work/b.json")"
echo "(median of $RUNS runs each; load average $(cut -d' ' -f1 /proc/loadavg))"
