#!/usr/bin/env bash
# Measures the deep restore (dictionary, contextual restorer and BERT): the whole process of
# `./unspin restore` on each spun seed (median of RUNS runs after an untimed one that fills the
# cache) and its peak resident memory, and, inside one process, the stage's load time, each
# restore's time and BERT's forward passes per 1,000 words (dev.unspin.bert.DeepRestoreHarness);
# each with the default dictionary and with none.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-3}"
command -v /usr/bin/time > /dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time > /dev/null; }
export TF_CPP_MIN_LOG_LEVEL=3
seeds=("$root"/seeds/spun/*.txt)
"$root/unspin" restore "${seeds[0]}" > /dev/null # builds, fetches and unpacks what is missing; not timed
# Each seed with the default dictionary, then with none (as for a spinner the dictionary does not know).
for options in "" "--no-default-dictionary"; do
  for seed in "${seeds[@]}"; do
    times=()
    rss=0
    for _ in $(seq "$RUNS"); do
      # shellcheck disable=SC2086 # $options is one flag or none
      /usr/bin/time -f '%e %M' -o /tmp/unspin-deep-time.$$ "$root/unspin" restore $options "$seed" > /dev/null
      read -r seconds kb < /tmp/unspin-deep-time.$$
      times+=("$seconds")
      [ "$kb" -gt "$rss" ] && rss=$kb
    done
    rm -f /tmp/unspin-deep-time.$$
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
    printf '%-85s whole process %6.2f s (median of %d)  peak resident %5d MB\n' \
      "./unspin restore ${options:+$options }$(basename "$seed")" "$median" "$RUNS" "$((rss / 1024))"
  done
done
classpath="$root/bert/target/classes:$root/cli/target/unspin.jar:$(cat "$root/bert/target/classpath.txt")"
echo "in one process, with the default dictionary:"
java -cp "$classpath" dev.unspin.bert.DeepRestoreHarness "${seeds[@]}"
echo "in one process, with no dictionary (as for another spinner's text, where the contextual stage weighs every word):"
java -cp "$classpath" dev.unspin.bert.DeepRestoreHarness --no-default-dictionary "${seeds[@]}"
