#!/usr/bin/env bash
# Measures the language server's one-sentence re-check with the contextual restorer (BERT on the
# class path, as ./unspin lsp runs it): the time from didChange of one sentence in a spun article of
# about 1,000 words to the contextual diagnostics, p50 and p95 over 20 edits, beside the dictionary's
# diagnostics of the same edits. A harness that prints figures, not a test.
# Usage: benchmarks/lsp-contextual-latency.sh [ARTICLE] [JVM option...]   (default: the spun New York Times seed, -XX:+UseSerialGC)
#   BENCH_OPTS="-Dedits=40"  more edits
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
article="${1:-seeds/spun/nytimes-2024-05-31-blinken-prague-ukraine-weapons.txt}"
shift || true
jvm=("$@")
[ ${#jvm[@]} -gt 0 ] || jvm=(-XX:+UseSerialGC)
mvn -B -q -DskipTests -pl cli,bert -am package >&2   # the jar, the BERT module and the harness (test classes)
server_classpath="cli/target/unspin.jar:bert/target/unspin-bert-0.1.0-SNAPSHOT.jar:$(cat bert/target/classpath.txt)"
java ${BENCH_OPTS:-} -cp cli/target/unspin.jar:server/target/test-classes \
  dev.unspin.lsp.bench.ContextualLatencyBenchmark "$server_classpath" "$article" "${jvm[@]}"
