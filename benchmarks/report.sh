#!/usr/bin/env bash
# Runs every performance measurement of unspin and writes the report: the engine's JMH suite, the
# language server's latency harness, CLI throughput beside grep, start-up with hyperfine and the
# CLI's memory on a 100 MB batch. Writes performance.md and performance-lsp-latency.png.
#
# Usage: benchmarks/report.sh [--quick] [--out DIR]
#   --quick    a smoke test of this script: tiny runs, a 5 MB batch; the figures mean nothing
#   --out DIR  where to write the report (default docs/, or a temporary folder with --quick)
# Installs what it lacks (hyperfine, gnuplot-nox, time) with apt-get; fails loudly when it cannot.
# Takes about 20 minutes in full; run it on a quiet machine, as the figures are wall-clock times.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

quick=false
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true ;;
    --out) out="$2"; shift ;;
    *) echo "report.sh: unknown option $1 (usage: benchmarks/report.sh [--quick] [--out DIR])" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$out" ]; then
  if $quick; then out="$(mktemp -d /tmp/unspin-report-quick.XXXXXX)"; else out="$root/docs"; fi
fi
mkdir -p "$out"
work="$(mktemp -d /tmp/unspin-report.XXXXXX)"
trap 'rm -rf "$work"' EXIT

die() { echo "report.sh: $*" >&2; exit 1; }
step() { echo "== $* ($(date -u +%H:%M:%S))" >&2; }

# --- tools -------------------------------------------------------------------------------------
need() { # command, Debian package
  command -v "$1" > /dev/null && return 0
  echo "report.sh: installing $2 for $1..." >&2
  { [ "$(id -u)" = 0 ] && apt-get install -y -q "$2" > "$work/apt.log" 2>&1; } \
    || { apt-get update -q > /dev/null 2>&1 && apt-get install -y -q "$2" > "$work/apt.log" 2>&1; } \
    || { cat "$work/apt.log" >&2 2>/dev/null; die "cannot install $2 (needed for $1): install it and run again"; }
  command -v "$1" > /dev/null || die "$2 installed but $1 is still missing"
}
command -v java > /dev/null || die "java (JDK 17+) is missing"
command -v mvn > /dev/null || die "mvn (Maven) is missing"
need hyperfine hyperfine
need gnuplot gnuplot-nox
[ -x /usr/bin/time ] || need /usr/bin/time time
need awk gawk

calc() { awk "BEGIN { printf \"%.1f\", $1 }"; }
load() { cut -d ' ' -f 1-3 /proc/loadavg; }
load_start="$(load)"

# --- build -------------------------------------------------------------------------------------
step "building (jar, harness classes, JMH jar)"
mvn -B -q -Dstyle.color=never -DskipTests package > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; die "the build failed"; }
jar="$root/cli/target/unspin.jar"
seed="$root/seeds/spun/nytimes-2024-05-31-blinken-prague-ukraine-weapons.txt"
"$root/unspin" restore --fast "$seed" > /dev/null # makes the launcher's class-data archive for this jar

# --- engine (JMH) ------------------------------------------------------------------------------
step "engine: JMH suite"
if $quick; then
  jmh_opts=(-p documentChars=5000 -p dictionaryEntries=0,100000 -p context=opennlp,none -wi 1 -i 1 -w 200ms -r 200ms)
else
  jmh_opts=()
fi
java -Dunspin.seeds="$root/seeds" -jar benchmarks/target/benchmarks.jar EngineBenchmark \
  -rf csv -rff "$work/jmh.csv" "${jmh_opts[@]}" > "$work/jmh.log" 2>&1 || { tail -40 "$work/jmh.log" >&2; die "JMH failed"; }
# benchmark,context,chars,entries,us/op,MB/s (JMH writes the parameters in name order)
tail -n +2 "$work/jmh.csv" | tr -d '"' | awk -F, '{
  name=$1; sub(/.*\./, "", name);
  printf "%s,%s,%d,%d,%.1f,%.1f\n", name, $(NF-2), $NF, $(NF-1), $5, $NF / $5
}' > "$work/engine.csv"
[ -s "$work/engine.csv" ] || die "JMH wrote no results"

# --- language server ---------------------------------------------------------------------------
step "language server: latency harness"
lsp_jvm=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms32m -Xmx256m -XX:TrimNativeHeapInterval=2000) # the options docs/language-server.md suggests to editors
if $quick; then
  lsp_props=(-Dstarts=2 -Dsizes=5000,100000 -Druns=10)
else
  lsp_props=(-Dstarts=9 -Dsizes=5000,20000,50000,100000,200000,500000,1000000)
fi
java "${lsp_props[@]}" -Dcsv="$work/lsp.csv" -cp "$jar:$root/server/target/test-classes" \
  dev.unspin.lsp.bench.LspLatencyBenchmark "$jar" \
  seeds/spun/washingtonpost-2024-05-30-blinken-moldova-policy-shift.txt "${lsp_jvm[@]}" \
  > "$work/lsp.log" 2>&1 || { cat "$work/lsp.log" >&2; die "the LSP harness failed"; }
lsp_start_ms=$(sed -n 's/.*first diagnostics: median \([0-9]*\) ms.*/\1/p' "$work/lsp.log")
lsp_rss_mb=$(sed -n 's/.*20 open 100 KB documents: \([0-9]*\) MB.*/\1/p' "$work/lsp.log")
[ -n "$lsp_start_ms" ] && [ -n "$lsp_rss_mb" ] && [ -s "$work/lsp.csv" ] || { cat "$work/lsp.log" >&2; die "cannot read the LSP harness's figures"; }

# --- CLI throughput and memory -----------------------------------------------------------------
step "CLI: check throughput beside grep, and memory"
if $quick; then mb=5; else mb=100; fi
CORPUS_MB=$mb CORPUS_DIR="/tmp/unspin-bench-corpus-$mb" benchmarks/cli-throughput.sh > "$work/cli.log" 2> "$work/cli.err" \
  || { cat "$work/cli.err" "$work/cli.log" >&2; die "the CLI throughput script failed"; }
grep_mbs=$(grep '^grep' "$work/cli.log" | awk '{ print $(NF-1) }')
cli_launcher_mbs=$(grep '^./unspin check --fast --format gcc' "$work/cli.log" | awk '{ print $(NF-4) }')
cli_launcher_x=$(grep '^./unspin check --fast --format gcc' "$work/cli.log" | awk '{ sub(/x$/, "", $(NF-2)); print $(NF-2) }')
cli_jit_mbs=$(grep '^java -jar' "$work/cli.log" | awk '{ print $(NF-4) }')
cli_jit_x=$(grep '^java -jar' "$work/cli.log" | awk '{ sub(/x$/, "", $(NF-2)); print $(NF-2) }')
cli_rss_mb=$(grep 'peak resident memory' "$work/cli.log" | awk '{ print $(NF-1) }')
corpus_line=$(head -n 1 "$work/cli.log")

# --- start-up (hyperfine) ----------------------------------------------------------------------
step "start-up: hyperfine"
if $quick; then runs=3; else runs=30; fi
hyperfine -N --warmup 3 --runs "$runs" --export-csv "$work/start.csv" --export-markdown "$work/start.md" \
  -n "./unspin restore --fast (one article)" "$root/unspin restore --fast $seed" \
  -n "./unspin --version" "$root/unspin --version" \
  -n "java -jar unspin.jar restore --fast (no launcher flags)" "java -jar $jar restore --fast $seed" \
  > "$work/hyperfine.log" 2>&1 || { cat "$work/hyperfine.log" >&2; die "hyperfine failed"; }
restore_ms=$(awk -F, 'NR == 2 { printf "%.0f", $4 * 1000 }' "$work/start.csv") # median column

# --- plot --------------------------------------------------------------------------------------
step "plot"
png="performance-lsp-latency.png"
gnuplot > "$work/gnuplot.log" 2>&1 <<EOF || { cat "$work/gnuplot.log" >&2; die "gnuplot failed"; }
set terminal pngcairo size 900,520 font "sans,11"
set output "$out/$png"
set datafile separator ","
set title "unspin language server: edit to diagnostics, by document size (debounce 0)"
set xlabel "document size (characters)"
set ylabel "latency (ms)"
set logscale xy
set xrange [3000:1500000]
set grid
set key bottom right
plot "$work/lsp.csv" skip 1 using 1:5 with linespoints lw 2 title "didChange p95", \
     "" skip 1 using 1:4 with linespoints lw 2 title "didChange p50", \
     "" skip 1 using 1:3 with linespoints title "didOpen p95", \
     5 with lines dt 2 lw 1.5 lc rgb "#c04040" title "target p95 5 ms (5 KB)", \
     50 with lines dt 4 lw 1.5 lc rgb "#4040c0" title "target p95 50 ms (1 MB)"
EOF

# --- report ------------------------------------------------------------------------------------
step "writing $out/performance.md"
engine() { # benchmark context chars entries -> MB/s
  awk -F, -v b="$1" -v c="$2" -v n="$3" -v e="$4" '$1 == b && $2 == c && $3 == n && $4 == e { print $6 }' "$work/engine.csv"
}
lsp() { # chars column -> ms
  awk -F, -v n="$1" -v c="$2" 'NR > 1 && $1 == n { print $c }' "$work/lsp.csv"
}
verdict() { # "met"/"not met" from an awk condition
  if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "**not met**"; fi
}
if $quick; then doc_chars=5000; else doc_chars=100000; fi
default_mbs=$(engine find opennlp $doc_chars 0)
big_mbs=$(engine find opennlp $doc_chars 100000)
dict_ratio=$(calc "$default_mbs / $big_mbs")
match_mbs=$(engine find none $doc_chars 0)
match_big_mbs=$(engine find none $doc_chars 100000)
match_ratio=$(calc "$match_mbs / $match_big_mbs")
change_5k_p95=$(lsp 5000 5)
change_1m_p95=$(lsp 1000000 5)
load_end="$(load)"

{
  echo "# Performance"
  echo
  echo "Written by \`benchmarks/report.sh\`$($quick && echo ' --quick (a smoke test: these figures mean nothing)') on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Run it again on a quiet machine to refresh this page; every figure is wall-clock time."
  # The load at the start is other work's; by the end it counts this script's own runs too.
  if awk -v a="${load_start%% *}" -v n="$(nproc)" 'BEGIN { exit !(a > n) }'; then
    echo
    echo "**The machine was busy with other work during this run (load average above its $(nproc) cores, see below):"
    echo "the figures are slower than unspin is, by as much as the load; compare them only with each other.**"
  fi
  echo
  echo "## Machine"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| CPU | $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1) |"
  echo "| cores | $(nproc) |"
  echo "| memory | $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) |"
  echo "| JDK | $(java -version 2>&1 | head -n 1 | tr -d '"') ($(java -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.vm.name = //p')) |"
  echo "| OS | $(. /etc/os-release && echo "$PRETTY_NAME"), $(uname -r) |"
  echo "| load average (1, 5, 15 min) | at start $load_start, at end $load_end |"
  echo "| commit | $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet -- . ':!docs/performance.md' ':!docs/performance-lsp-latency.png' 2>/dev/null || echo ' (with uncommitted changes)') |"
  echo
  echo "## Targets"
  echo
  echo "| figure | target | measured | |"
  echo "|---|---|---|---|"
  echo "| engine, $((doc_chars / 1000)) KB document, default dictionary (findings, with OpenNLP) | ≥ 100 MB/s | $default_mbs MB/s | $(verdict "$default_mbs >= 100") |"
  echo "| engine, same, matching only (context \`none\`: no OpenNLP tagging) | (≥ 100 MB/s) | $match_mbs MB/s | $(verdict "$match_mbs >= 100") |"
  echo "| engine, 100,000-entry dictionary, time against the default's | ≤ 1.5x | ${dict_ratio}x | $(verdict "$dict_ratio <= 1.5") |"
  echo "| engine, same, matching only | (≤ 1.5x) | ${match_ratio}x | $(verdict "$match_ratio <= 1.5") |"
  echo "| CLI \`check\`, $mb MB batch (launcher) | ≥ 50 MB/s | $cli_launcher_mbs MB/s | $(verdict "$cli_launcher_mbs >= 50") |"
  echo "| CLI \`check\` time against \`grep -F -w -i -f\` | ≤ 3x | ${cli_launcher_x}x | $(verdict "$cli_launcher_x <= 3") |"
  echo "| CLI \`restore\` of one article, whole process, median | ≤ 300 ms | $restore_ms ms | $(verdict "$restore_ms <= 300") |"
  echo "| LSP didChange → diagnostics p95, 5 KB | ≤ 5 ms | $change_5k_p95 ms | $(verdict "$change_5k_p95 <= 5") |"
  if [ -n "$change_1m_p95" ]; then
    echo "| LSP didChange → diagnostics p95, 1 MB | ≤ 50 ms | $change_1m_p95 ms | $(verdict "$change_1m_p95 <= 50") |"
  fi
  echo "| LSP process start → first diagnostics, median | ≤ 500 ms | $lsp_start_ms ms | $(verdict "$lsp_start_ms <= 500") |"
  echo "| LSP resident memory, 20 open 100 KB documents (idle 3 s after opening) | ≤ 150 MB | $lsp_rss_mb MB | $(verdict "$lsp_rss_mb <= 150") |"
  echo
  echo "## Engine (JMH, \`benchmarks/run-engine.sh\`)"
  echo
  echo "\`EngineBenchmark\`: findings (\`find\`) and restoration (\`restore\`) of seed-article text. Dictionaries are the"
  echo "default as shipped and the default padded with generated entries; context \`none\` answers no part-of-speech"
  echo "question, which isolates the matching from OpenNLP's tagging. MB/s counts UTF-16 chars."
  echo
  echo "| benchmark | context | document | dictionary | µs/op | MB/s |"
  echo "|---|---|---:|---:|---:|---:|"
  sort -t, -k1,1 -k2,2r -k3,3n -k4,4n "$work/engine.csv" | awk -F, '{
    doc = $3 >= 1000000 ? $3 / 1000000 " MB" : $3 / 1000 " KB";
    dict = $4 == 0 ? "default" : sprintf("%\047d", $4);
    printf "| %s | %s | %s | %s | %.0f | %.1f |\n", $1, $2, doc, dict, $5, $6
  }'
  echo
  echo "## Language server (\`benchmarks/lsp-latency.sh\`)"
  echo
  echo "A client process starts \`java ${lsp_jvm[*]} -jar unspin.jar lsp\`, opens documents and types one"
  echo "character in the middle of each, with the debounce at 0."
  echo
  echo "![LSP latency by document size]($png)"
  echo
  echo "| document | didOpen p50 | didOpen p95 | didChange p50 | didChange p95 | runs |"
  echo "|---:|---:|---:|---:|---:|---:|"
  awk -F, 'NR > 1 { printf "| %s chars | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %d |\n", $1, $2, $3, $4, $5, $6 }' "$work/lsp.csv"
  echo
  echo "- process start → first diagnostics: $(grep 'first diagnostics' "$work/lsp.log" | sed 's/.*diagnostics: //')"
  echo "- $(grep 'resident memory with 20 open' "$work/lsp.log")"
  echo
  echo "## CLI throughput (\`benchmarks/cli-throughput.sh\`)"
  echo
  echo "\`unspin check --format gcc\` and \`grep -r -n -F -w -i -f\` (the default dictionary's spun phrasings) over the"
  echo "same generated corpus, read from the page cache, each writing its output to a file (GNU grep stops at a"
  echo "file's first match when its output is /dev/null)."
  echo
  echo '```'
  cat "$work/cli.log"
  echo '```'
  echo
  echo "## Start-up (hyperfine, $runs runs after 3 warm-up)"
  echo
  cat "$work/start.md"
  echo
  if [ -f "$root/benchmarks/performance-notes.md" ]; then
    cat "$root/benchmarks/performance-notes.md"
  fi
} > "$out/performance.md"

echo "report.sh: wrote $out/performance.md and $out/$png" >&2
