#!/usr/bin/env bash
# Provision speed, measured as ratios in one run (the machine is shared, so absolute times vary):
#   warm: `lockstep provision dev` with its image present, against `docker run --rm IMAGE true`
#         (target: within 1 s of it);
#   cold: `lockstep provision dev` with its image removed and the base present, against a
#         hand-run `docker build --no-cache` of the same generated Dockerfile (target: <= 1.10x).
# Each side runs ROUNDS times, alternating, and the median counts. Needs `make build` and the engine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly DOCKER=/usr/bin/docker
readonly ROUNDS=${ROUNDS:-3}
readonly COLD_ROUNDS=${COLD_ROUNDS:-4}
readonly HAND_TAG="lockstep-bench-$$-$RANDOM"

now() { date +%s.%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Prints the seconds a command took; a failed command stops the benchmark with its output.
elapsed() {
  local start end log
  log=$(mktemp)
  start=$(now)
  if ! "$@" >"$log" 2>&1; then
    echo "bench-provision: \`$*\` failed:" >&2
    tail -n 20 "$log" >&2
    rm -f "$log"
    return 1
  fi
  end=$(now)
  rm -f "$log"
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}
cleanup() { "$DOCKER" rmi -f "$HAND_TAG" >/dev/null 2>&1 || true; }
trap cleanup EXIT

lock_sha=$(sha256sum lock/dev.lock.json | cut -c1-12)
image="lockstep/dev:$lock_sha"

echo "bench-provision: warming up (provision dev once)" >&2
bin/lockstep provision dev >/dev/null 2>&1

warm=(); run=()
for _ in $(seq 1 "$ROUNDS"); do
  warm+=("$(elapsed bin/lockstep provision dev)") || exit 1
  run+=("$(elapsed "$DOCKER" run --rm "$image" true)") || exit 1
done
warm_median=$(printf '%s\n' "${warm[@]}" | median)
run_median=$(printf '%s\n' "${run[@]}" | median)

# The mirror and the page cache warm up for whichever side runs second, so the order alternates.
cold_run() {
  "$DOCKER" rmi -f "$image" >/dev/null
  cold+=("$(elapsed bin/lockstep provision dev)") || exit 1
}
hand_run() {
  hand+=("$(elapsed "$DOCKER" build --no-cache --force-rm -t "$HAND_TAG" - <build/dev/Dockerfile)") || exit 1
  cleanup
}
cold=(); hand=()
for round in $(seq 1 "$COLD_ROUNDS"); do
  if [ $((round % 2)) -eq 1 ]; then cold_run; hand_run; else hand_run; cold_run; fi
done
cold_median=$(printf '%s\n' "${cold[@]}" | median)
hand_median=$(printf '%s\n' "${hand[@]}" | median)

awk -v w="$warm_median" -v r="$run_median" -v c="$cold_median" -v h="$hand_median" \
  -v ws="${warm[*]}" -v rs="${run[*]}" -v cs="${cold[*]}" -v hs="${hand[*]}" 'BEGIN {
  printf "warm provision     %6.2f s  (runs: %s)\n", w, ws
  printf "docker run true    %6.2f s  (runs: %s)\n", r, rs
  printf "warm - run         %+6.2f s  target <= 1.00 s  %s\n", w - r, (w - r <= 1.0) ? "ok" : "MISSED"
  printf "cold provision     %6.2f s  (runs: %s)\n", c, cs
  printf "hand docker build  %6.2f s  (runs: %s)\n", h, hs
  printf "cold / hand        %6.2fx    target <= 1.10x   %s\n", c / h, (c / h <= 1.10) ? "ok" : "MISSED"
}'
