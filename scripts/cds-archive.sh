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

sort -u "$work"/*.classlist >"$work/all.classlist"
java -XX:+UnlockDiagnosticVMOptions -XX:-BytecodeVerificationRemote -Xshare:dump \
  -XX:SharedClassListFile="$work/all.classlist" -XX:SharedArchiveFile="$jsa" \
  -cp "$jar" >"$work/dump.log" 2>&1 || {
  echo "cds-archive: no archive written; see $work/dump.log" >&2
  rm -f "$jsa"
  exit 0
}
echo "cds-archive: $jsa from $(wc -l <"$work/all.classlist") listed classes" >&2
