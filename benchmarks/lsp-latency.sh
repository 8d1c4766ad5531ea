#!/usr/bin/env bash
# Measures the language server as an editor sees it: didOpen/didChange -> publishDiagnostics
# latency (p50, p95) for 5 KB, 100 KB and 1 MB documents with the debounce at 0, process start ->
# first diagnostics, and resident memory with 20 open documents. A harness that prints figures,
# not a test: nothing here passes or fails on speed.
# Usage: benchmarks/lsp-latency.sh [JVM option...]   e.g. -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms32m -Xmx256m -XX:TrimNativeHeapInterval=2000
#   BENCH_OPTS="-Dstarts=7 -DstartOnly=true"  start-up runs (median), and whether to stop after them
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests package >&2   # builds the jar and compiles the harness (test classes)
java ${BENCH_OPTS:-} -cp cli/target/unspin.jar:server/target/test-classes dev.unspin.lsp.bench.LspLatencyBenchmark \
  cli/target/unspin.jar seeds/spun/washingtonpost-2024-05-30-blinken-moldova-policy-shift.txt "$@"
