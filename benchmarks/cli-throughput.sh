#!/usr/bin/env bash
# Measures `unspin check --format gcc` throughput in MB/s over a large generated corpus of seed-like
# text, beside `grep -F -w -i -f` over the dictionary's spun phrasings on the same files, and prints
# the ratio. A benchmark, not a test: it prints figures and asserts nothing.
#
# Usage: benchmarks/cli-throughput.sh [EXTRA.unspin ...]
#   CORPUS_MB=200   size of the corpus to generate (default 200)
#   CORPUS_DIR=...  where to generate it (default /tmp/unspin-bench-corpus; reused when the size matches)
#   RUNS=3          runs of each command; the median wall time is printed
# Extra dictionary files are added to the default dictionary, for both unspin and grep.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mb="${CORPUS_MB:-200}"
corpus="${CORPUS_DIR:-/tmp/unspin-bench-corpus}"
jar="$root/cli/target/unspin.jar"
work="$(mktemp -d /tmp/unspin-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

if [ ! -f "$jar" ] || [ -n "$(find "$root"/*/src/main "$root/dictionary/data" -newer "$jar" -print -quit)" ]; then
  echo "building $jar..." >&2
  mvn -B -q -f "$root/pom.xml" -pl cli -am -DskipTests package >&2
fi

# The corpus: the seed articles' lines shuffled into chunks of about 1 MB, split into ~64 KB files in 20 folders.
if [ "$(cat "$corpus/.size-mb" 2>/dev/null)" != "$mb" ]; then
  echo "generating a ${mb} MB corpus in $corpus..." >&2
  rm -rf "$corpus"
  mkdir -p "$corpus"
  pool="$work/pool.txt"
  cat "$root"/seeds/spun/*.txt "$root"/seeds/clean/*.txt > "$pool"
  repeat=$(( 1048576 / $(wc -c < "$pool") ))
  for ((i = 0; i < mb; i++)); do
    folder="$corpus/d$((i % 20))"
    mkdir -p "$folder"
    for ((k = 0; k < repeat; k++)); do cat "$pool"; done \
      | shuf --random-source=<(yes "$i") > "$work/chunk.txt"
    split -C 65536 -d -a 3 --additional-suffix=.txt "$work/chunk.txt" "$folder/article-$i-"
  done
  echo "$mb" > "$corpus/.size-mb"
fi
bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
files=$(find "$corpus" -name '*.txt' | wc -l)

# The spun phrasings of the default dictionary (and any extra files), one a line, for grep -f.
phrases="$work/phrases.txt"
dictionaries=()
while read -r name; do
  dictionaries+=("$root/dictionary/data/$name")
done < <(grep -v '^\s*\(#\|$\)' "$root/dictionary/data/DEFAULT")
extra=()
for file in "$@"; do
  dictionaries+=("$file")
  extra+=(--dictionary "$file")
done
grep -hv '^\s*\(#\|$\)' "${dictionaries[@]}" | sed 's/=>.*//; s/^[[:space:]]*//; s/[[:space:]]*$//' | sort -u > "$phrases"

cat "$corpus"/d*/*.txt > /dev/null # both tools read from the page cache

calc() { awk "BEGIN { print $1 }"; }

# Both tools write their output to a file. Not to /dev/null: GNU grep (since 2.26) notices that
# its output is /dev/null and stops reading each file at its first match, which made it look
# 25 times faster than it is.
run_once() { # runs a command with its output to a file, prints its wall time in seconds; its peak RSS goes to $work/rss-kb
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f %M -o "$work/rss-kb" "$@" > "$work/output" || [ $? -eq 1 ] # both exit 1 when they find something
  end=$(date +%s.%N)
  calc "$end - $start"
}

seconds() { # the median wall time of $RUNS runs of a command
  for ((run = 0; run < RUNS; run++)); do run_once "$@"; done | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}

RUNS="${RUNS:-3}"
# Not timed: the launcher makes its class-data archive on its first run after a build.
"$root/unspin" --version > /dev/null
grep_s=$(seconds grep -r -n -F -w -i -f "$phrases" --include='*.txt' "$corpus")
grep_lines=$(wc -l < "$work/output")
launcher_s=$(seconds "$root/unspin" check --fast --format gcc "${extra[@]}" "$corpus")
launcher_rss_kb=$(tail -n 1 "$work/rss-kb")
jit_s=$(seconds java -jar "$jar" check --fast --format gcc "${extra[@]}" "$corpus")
findings=$(wc -l < "$work/output")

mbs() { calc "$bytes / 1048576 / $1" | xargs printf '%.1f'; }
printf 'corpus: %s files, %.1f MB, %s cores; %s spun phrasings; unspin: %s findings; grep: %s matching lines\n' \
  "$files" "$(calc "$bytes / 1048576")" "$(nproc)" "$(wc -l < "$phrases")" "$findings" "$grep_lines"
printf '%-44s %8.2f s %8s MB/s\n' "grep -rnFwi -f phrases" "$grep_s" "$(mbs "$grep_s")"
printf '%-44s %8.2f s %8s MB/s  %5.1fx grep time\n' "./unspin check --fast --format gcc (launcher)" "$launcher_s" "$(mbs "$launcher_s")" "$(calc "$launcher_s / $grep_s")"
printf '%-44s %8.2f s %8s MB/s  %5.1fx grep time\n' "java -jar unspin.jar check --fast --format gcc" "$jit_s" "$(mbs "$jit_s")" "$(calc "$jit_s / $grep_s")"
printf '%-44s %8d MB\n' "./unspin check peak resident memory" "$((launcher_rss_kb / 1024))"
echo "median wall time of $RUNS runs each"
echo "targets: at least 50 MB/s, and within 3x of grep's time"
