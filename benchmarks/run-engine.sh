#!/usr/bin/env bash
# Runs the engine's JMH benchmarks and prints throughput in MB/s for each document and dictionary size.
# Usage: benchmarks/run-engine.sh [extra JMH options, e.g. -p documentChars=100000]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -Dstyle.color=never -DskipTests -pl benchmarks -am package >&2
results="$(mktemp --suffix=.csv)"
java -Dunspin.seeds="$root/seeds" -jar benchmarks/target/benchmarks.jar EngineBenchmark \
  -rf csv -rff "$results" "$@" >&2
echo "benchmark,context,document chars,dictionary entries,us/op,MB/s (UTF-16 chars / 1e6 / s)"
tail -n +2 "$results" | tr -d '"' | awk -F, '{
  name=$1; sub(/.*\./, "", name);
  context=$(NF-2); entries=$(NF-1); chars=$NF; us=$5;  # JMH writes the parameters in name order
  printf "%s,%s,%d,%d,%.1f,%.1f\n", name, context, chars, entries, us, chars / us
}'
