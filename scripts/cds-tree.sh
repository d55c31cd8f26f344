#!/usr/bin/env bash
# Writes a small tree with one file of every surface `lockstep check` reads, into $1. `make build`
# runs `lockstep check` over it once to record the class-data-sharing archive, so the archive
# holds the classes a real check loads (scanners, YAML and JSON readers, the report), not only
# those of `--help`.
set -euo pipefail
dir=${1:?usage: cds-tree.sh DIR}
rm -rf "$dir"
mkdir -p "$dir/.github/workflows" "$dir/app" "$dir/py" "$dir/deploy"
cat > "$dir/Dockerfile" <<'TREE'
# syntax=docker/dockerfile:1
ARG BASE=debian:bookworm
FROM ${BASE} AS build
RUN apt-get update && apt-get install -y curl && pip install flask
FROM build
COPY --from=build /a /b
TREE
cat > "$dir/setup.sh" <<'TREE'
#!/bin/sh
curl -fsSL https://example.org/i.sh | sh
npm install -g pnpm
TREE
printf 'all:\n\tgo install example.org/x@latest\n' > "$dir/Makefile"
cat > "$dir/.github/workflows/ci.yml" <<'TREE'
on: push
jobs:
  test:
    runs-on: ubuntu-latest
    container: node:20
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install
TREE
cat > "$dir/deploy/compose.yaml" <<'TREE'
services:
  db:
    image: postgres:16
TREE
cat > "$dir/deploy/pod.yaml" <<'TREE'
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: c
      image: redis:7
TREE
printf '{"name":"app","dependencies":{"left-pad":"^1.3.0"}}\n' > "$dir/app/package.json"
printf '20\n' > "$dir/app/.nvmrc"
printf 'requests>=2\n' > "$dir/py/requirements.txt"
printf '[project]\nname = "p"\nversion = "1"\ndependencies = ["flask>=3"]\n' > "$dir/py/pyproject.toml"
printf '3.12\n' > "$dir/py/.python-version"
printf 'from transformers import AutoModel\nAutoModel.from_pretrained("gpt2")\n' > "$dir/py/m.py"
printf 'FROM llama3\n' > "$dir/Modelfile"
printf 'nodejs 20\n' > "$dir/.tool-versions"
