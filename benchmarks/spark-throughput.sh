#!/usr/bin/env bash
# Documents per second for `./unspin-spark check --master local[2]` against one `./unspin check`
# process on the same documents, in the same run: with --fast over a corpus of copies of the seed
# articles, and in the default (contextual, BERT) mode over a small set. Says where the Spark run's
# time goes (JVM and Spark start-up, engine load, checking) from its DIR/summary.json, and the
# CLI's start-up and engine load from a run over one short file. A benchmark: it prints figures and
# asserts nothing. Peak resident memory is that of the last run of each.
#
#   FAST_DOCS=10000   documents of the --fast corpus (copies of the 12 seed articles, ~5 KB each)
#   CONTEXT_DOCS=12   documents of the contextual set (the seed articles, spun and clean)
#   RUNS=1            runs of each command; the median wall time is printed
# Both write their reports to files: the CLI its JSON report, the Spark job its part files.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fast_docs="${FAST_DOCS:-10000}"
context_docs="${CONTEXT_DOCS:-12}"
runs="${RUNS:-1}"
work="$(mktemp -d /tmp/unspin-spark-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export TF_CPP_MIN_LOG_LEVEL=3
command -v /usr/bin/time > /dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time > /dev/null; }

"$root/unspin" --version > /dev/null            # builds the CLI and BERT when missing; not timed
"$root/unspin-spark" --version > /dev/null 2>&1  # builds the Spark job's jar; not timed

seeds=("$root"/seeds/spun/*.txt "$root"/seeds/clean/*.txt "$root"/seeds/corpus-clean/*.txt)
corpus() { # corpus DIR COUNT: COUNT copies of the seeds, cycling, 500 a folder
  local dir="$1" count="$2" i
  for ((i = 0; i < count; i++)); do
    mkdir -p "$dir/d$((i / 500))"
    cp "${seeds[$((i % ${#seeds[@]}))]}" "$dir/d$((i / 500))/article-$i.txt"
  done
}
short="$work/short/one.txt"
mkdir -p "$(dirname "$short")"
echo "The minister mentioned the information convention." > "$short"

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# wall SECONDS of a command, median of RUNS; the Spark job's output folder is made anew each run.
cli_wall() {
  local times=() t
  for _ in $(seq "$runs"); do
    t=$(now); /usr/bin/time -f '%M' -o "$work/cli.rss" "$root/unspin" check --format json "$@" > "$work/cli.json" || [ $? -eq 1 ]; times+=("$(calc "$(now) - $t")")
  done
  median "${times[@]}"
}
spark_wall() {
  local times=() t
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    t=$(now); /usr/bin/time -f '%M' -o "$work/spark.rss" "$root/unspin-spark" check --master 'local[2]' --out "$work/out" "$@" 2> "$work/spark.err"; times+=("$(calc "$(now) - $t")")
  done
  median "${times[@]}"
}
summary() { # summary FIELD: a number from the last Spark run's summary.json
  sed -n "s/.*\"$1\": \([0-9.]*\).*/\1/p" "$work/out/summary.json" | head -n 1
}

measure() { # measure MODE DOCS [OPTIONS...]
  local mode="$1" docs="$2"; shift 2
  local dir="$work/$mode"
  corpus "$dir" "$docs"
  local words
  local cli_start cli spark start listing load job stop
  cli_start=$(cli_wall "$@" "$short")
  cli=$(cli_wall "$@" "$dir")
  local cli_rss; cli_rss=$(tail -n 1 "$work/cli.rss")
  spark=$(spark_wall "$@" "$dir")
  words=$(summary words)
  start=$(summary sparkStart); listing=$(summary listing); load=$(summary engineLoad); job=$(summary job); stop=$(summary sparkStop)
  echo
  echo "== $mode: $docs documents, $words words; $(nproc) cores =="
  printf '%-44s %8.2f s  %8.1f documents/s\n' "./unspin check $*" "$cli" "$(calc "$docs / $cli")"
  printf '%-44s %8.2f s  %8.1f documents/s\n' "./unspin-spark check --master local[2] $*" "$spark" "$(calc "$docs / $spark")"
  echo "  ./unspin check: start-up and engine load (one short file) ${cli_start} s; checking $(calc "$cli - $cli_start") s" \
    "($(calc "$docs / ($cli - $cli_start)") documents/s)"
  echo "  ./unspin-spark: JVM start and exit $(calc "$spark - $start - $listing - $job - $stop") s, Spark context $start s," \
    "listing $listing s, engine load $load s, the job's other work $(calc "$job - $load") s" \
    "($(calc "$docs / ($job - $load)") documents/s: reading, checking, writing), Spark stop $stop s"
  echo "  peak resident memory: ./unspin check $((cli_rss / 1024)) MB, ./unspin-spark (driver and executor in one JVM) $(( $(tail -n 1 "$work/spark.rss") / 1024 )) MB"
}

measure fast "$fast_docs" --fast
measure contextual "$context_docs"
