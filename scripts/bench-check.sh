#!/usr/bin/env bash
# Benchmarks `lockstep check`: a generated 20,000-file tree against ripgrep running five simple
# regular expressions over the same tree (JVM start included; target at most 1.5 times), and a
# 50-file repository (target at most 0.4 s wall). The trees are generated the same way on every
# run, so numbers from two machines compare. Each time is the best of several runs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS=${RUNS:-5}
# The ripgrep of Debian 12, at the exact version the numbers were taken with.
readonly RIPGREP_VERSION=13.0.0-4+b2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -f target/lockstep.jar ]; then
  echo "bench-check: target/lockstep.jar is missing; run \`make build\` first" >&2
  exit 3
fi

# A deterministic tree: file i of kind i % 10, in folders of 100 files. Four files in ten are
# configurations lockstep reads (Dockerfiles, shell scripts, Kubernetes manifests, package.json),
# one is Python source it reads for model downloads, and the rest are source, text and
# documentation it passes over.
generate() {
  local dir=$1 count=$2
  mkdir -p "$dir"
  awk -v dir="$dir" -v count="$count" '
    function body(n, i, s) { s = ""; for (i = 0; i < n; i++) s = s "line " i " of generated content\n"; return s }
    BEGIN {
      for (i = 0; i < count; i++) {
        d = dir "/d" int(i / 100)
        if (i % 100 == 0) {
          dirs = d
          for (j = i; j < i + 100; j += 10) dirs = dirs " " d "/c" j " " d "/c" (j + 3)
          system("mkdir -p " dirs)
        }
        k = i % 10
        if (k == 0) { f = d "/c" i "/Dockerfile"; t = "FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl=7.88.1 git \\\n    && pip install flask==3.0.0\n" }
        else if (k == 1) { f = d "/f" i ".sh"; t = "#!/bin/sh\nset -eu\nPKGS=\"a=1 b=2\"\napt-get install -y $PKGS\nnpm install left-pad@1.3.0\n" }
        else if (k == 2) { f = d "/f" i ".yaml"; t = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p" i "\nspec:\n  containers:\n    - name: c\n      image: redis:7\n" }
        else if (k == 3) { f = d "/c" i "/package.json"; t = "{\"name\": \"p" i "\", \"version\": \"1.0.0\", \"dependencies\": {\"a\": \"1.0.0\"}}\n" }
        else if (k == 4) { f = d "/f" i ".java"; t = "class F" i " {\n" body(40) "}\n" }
        else if (k == 5) { f = d "/f" i ".py"; t = "def f():\n    return " i "\n" body(30) }
        else if (k == 6) { f = d "/f" i ".md"; t = "# Doc " i "\n" body(20) }
        else if (k == 7) { f = d "/f" i ".go"; t = "package main\n" body(40) }
        else if (k == 8) { f = d "/f" i ".ts"; t = "export const x" i " = 1;\n" body(30) }
        else { f = d "/f" i ".txt"; t = body(10) }
        printf "%s", t > f; close(f)
      }
    }'
}

best() {
  local best_ms="" start end ms
  for _ in $(seq "$RUNS"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [ -z "$best_ms" ] || [ "$ms" -lt "$best_ms" ]; then best_ms=$ms; fi
  done
  echo "$best_ms"
}

ripgrep_five() {
  rg -c 'FROM ' "$1" || true
  rg -c 'apt-get install' "$1" || true
  rg -c 'pip install' "$1" || true
  rg -c 'uses: ' "$1" || true
  rg -c '"dependencies"' "$1" || true
}

ensure_ripgrep() {
  if command -v rg >/dev/null 2>&1; then
    return 0
  fi
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "bench-check: ripgrep is not installed and this is not a root Debian shell; skipping the comparison" >&2
    return 1
  fi
  apt-get install -y -qq "ripgrep=$RIPGREP_VERSION" >/dev/null
}

generate "$work/big" 20000
generate "$work/small" 50
echo "trees: $(find "$work/big" -type f | wc -l) files and $(find "$work/small" -type f | wc -l) files" >&2

lockstep_big=$(best bin/lockstep check "$work/big")
lockstep_small=$(best bin/lockstep check "$work/small")
echo "lockstep check, 20,000 files: ${lockstep_big} ms (best of $RUNS)"
echo "lockstep check, 50 files:     ${lockstep_small} ms (best of $RUNS; target 400 ms)"

if ensure_ripgrep; then
  export -f ripgrep_five
  rg_five=$(best bash -c 'ripgrep_five "$1"' _ "$work/big")
  rg_one=$(best rg -c -e 'FROM ' -e 'apt-get install' -e 'pip install' -e 'uses: ' -e '"dependencies"' "$work/big")
  echo "ripgrep ($(rg --version 2>/dev/null | sed -n 1p)), five regexes, five runs: ${rg_five} ms"
  echo "ripgrep, the same five regexes in one run:          ${rg_one} ms"
  awk -v a="$lockstep_big" -v b="$rg_five" -v c="$rg_one" 'BEGIN {
    printf "ratio lockstep / ripgrep five runs: %.2f (target 1.5)\n", a / b
    printf "ratio lockstep / ripgrep one run:   %.2f\n", a / c }'
fi
