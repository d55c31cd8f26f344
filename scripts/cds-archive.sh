#!/usr/bin/env bash
# Writes target/lockstep.jsa, a class-data-sharing archive of the classes lockstep's commands
# load, so that every later start is faster. Each training run lists the classes one command
# loads (check over a small tree of every surface, diff, and an engine round trip when an engine
# answers); the archive is dumped once from the union, so check and provision both start warm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jar=target/lockstep.jar
jsa=target/lockstep.jsa
work=target/cds
rm -rf "$work" "$jsa"
mkdir -p "$work"
scripts/cds-tree.sh "$work/tree"

train() {
  local name=$1
  shift
  java -XX:+UnlockDiagnosticVMOptions -XX:-BytecodeVerificationRemote \
    -XX:DumpLoadedClassList="$work/$name.classlist" -jar "$jar" "$@" >/dev/null 2>&1 || true
}

train check check "$work/tree"
train sarif check --format sarif "$work/tree"
printf '{}\n' >"$work/a.json"
train diff diff "$work/a.json" "$work/a.json"
train help --help
# A container name that cannot exist: the run connects, asks the engine, and exits 2.
if curl -fsS --max-time 2 --unix-socket /var/run/docker.sock http://localhost/_ping \
  >/dev/null 2>&1; then
  train engine record cds --container lockstep-cds-training-no-such-container \
    --output "$work/record.json"
fi

# When the sample environment's image is built already, a provision of a copy of it is a cache
# hit: it loads what every warm provision loads, and writes its record into the copy only.
lock=lock/dev.lock.json
if [ -f "$lock" ] && [ -f envs/dev.yaml ]; then
  tag="lockstep/dev:$(sha256sum "$lock" | cut -c1-12)"
  if /usr/bin/docker image inspect "$tag" >/dev/null 2>&1; then
    mkdir -p "$work/project"
    cp -r envs lock "$work/project/"
    train provision provision -C "$work/project" dev
  fi
fi

sort -u "$work"/*.classlist >"$work/all.classlist"
java -XX:+UnlockDiagnosticVMOptions -XX:-BytecodeVerificationRemote -Xshare:dump \
  -XX:SharedClassListFile="$work/all.classlist" -XX:SharedArchiveFile="$jsa" \
  -cp "$jar" >"$work/dump.log" 2>&1 || {
  echo "cds-archive: no archive written; see $work/dump.log" >&2
  rm -f "$jsa"
  exit 0
}
echo "cds-archive: $jsa from $(wc -l <"$work/all.classlist") listed classes" >&2
