#!/usr/bin/env bash
# Linear-time benchmark (issue 10, target 2): extraction time and peak memory for ONE article of
# quote-dense text, at several sizes. Not a timed test: it prints figures for a person to read.
#
#   benches/linear.sh                 # 1, 4, 16 and 64 MB, one paragraph each
#   benches/linear.sh 0.25 0.5 1      # other sizes (MB)
#   SHAPE=paragraphs benches/linear.sh  # a paragraph break every 3 statements instead
#   SHAPE=organisations benches/linear.sh  # one organisation, named once, then spoken of by
#                                         # its descriptor at every statement (was quadratic)
#   LIMIT=120 benches/linear.sh       # give up on one size after LIMIT seconds (default 600)
#
# The text is generated here (invented names and sentences, nothing copied): each group of
# three sentences holds a quotation with a trailing attribution, a reported claim naming the
# speaker's surname, and a quotation attributed to a pronoun, so about one statement every
# 45 bytes. Each size runs `whosaid extract --format jsonl` (release build) on one file under
# /usr/bin/time: wall seconds, CPU seconds (user + system), MB/s of CPU time, peak RSS, and the
# number of statements. Linear means CPU seconds per MB and RSS per MB stay flat as size grows.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 4 16 64)
shape=${SHAPE:-paragraph}
limit=${LIMIT:-600}
work=$(mktemp -d "${TMPDIR:-/tmp}/whosaid-linear.XXXXXX")
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
bin=target/release/whosaid

# generate MB SHAPE > file
generate() {
    LC_ALL=C awk -v MB="$1" -v SHAPE="$2" '
    BEGIN {
        n = split("Ann Lee|Tom Park|Rosa Diaz|Omar Hale|Kit Moss|Lena Ford|Ivan Cole|Mia Stone", names, "|")
        split("added|told reporters|warned|insisted|explained|said", verbs, "|")
        q = split("The bridge opens in May|We are ready for the vote|Nobody asked us first|The budget is too thin|It will pass on Friday|We need more buses", quotes, "|")
        target = MB * 1048576; size = 0; i = 0
        printf "Date: 2025-07-04\n\n"
        while (size < target) {
            name = names[i % n + 1]; split(name, parts, " ")
            s = sprintf("\342\200\234%s, %d,\342\200\235 said %s. %s %s the plan was %d days late. \342\200\234%s,\342\200\235 %s said.",
                quotes[i % q + 1], i, name, parts[2], verbs[i % 6 + 1], i % 97, quotes[(i + 3) % q + 1], (i % 2) ? "he" : "she")
            if (SHAPE == "organisations")
                s = sprintf("%sThe city water board said the pipes were %d years old.",
                    (i == 0) ? "The city water board Aquaveno opened its books. " : "", i % 97)
            s = s ((SHAPE == "paragraphs") ? "\n\n" : " ")
            printf "%s", s; size += length(s); i++
        }
        printf "\n"
    }'
}

printf '%-8s %-10s %9s %9s %9s %10s %11s\n' size shape wall_s cpu_s MB/s_cpu peak_RSS statements
for mb in "${sizes[@]}"; do
    file="$work/article-$mb.txt"
    generate "$mb" "$shape" > "$file"
    bytes=$(wc -c < "$file")
    status=0
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" timeout "$limit" \
        "$bin" extract -q --format jsonl "$file" > "$work/out.jsonl" || status=$?
    if [ "$status" -ne 0 ]; then
        printf '%-8s %-10s %9s (exit %s: over %s s, or failed)\n' "${mb}MB" "$shape" "-" "$status" "$limit"
        continue
    fi
    read -r wall user sys rss < "$work/time"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    rate=$(awk -v b="$bytes" -v c="$cpu" 'BEGIN { printf "%.2f", (c > 0) ? b / 1048576 / c : 0 }')
    printf '%-8s %-10s %9s %9s %9s %8d MB %11d\n' "${mb}MB" "$shape" "$wall" "$cpu" "$rate" \
        $((rss / 1024)) "$(wc -l < "$work/out.jsonl")"
    rm -f "$file"
done
