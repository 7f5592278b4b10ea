#!/usr/bin/env bash
# Runs whosaid as the map step of a Spark job (pyspark in local mode) and checks that it
# matches one whosaid process on one machine (docs/scale.md).
#
# Usage: scripts/spark-check.sh [COPIES]     (default 40: samples/ x 40, ~480 articles)
#
# It installs Java 17 with apt-get when no `java` is found (as root), pyspark with pip into a
# virtualenv (target/spark-venv, reused by later runs), builds whosaid, writes a corpus of
# JSON Lines from samples/ (each copy's text made distinct), then
#   1. pipes it through `whosaid extract --format jsonl -` in 4 Spark partitions
#      (scripts/spark-extract.py) and compares the statements, byte for byte, with
#      `whosaid extract --format jsonl CORPUS` run once;
#   2. imports Spark's `--with-articles` output with `whosaid import --statements` and
#      compares every row of the database with a plain `whosaid import CORPUS`.
# Exit 0 when both match, 1 otherwise. Nothing in `cargo test` needs pyspark.
set -euo pipefail

copies=${1:-40}
root=$(cd "$(dirname "$0")/.." && pwd)
venv=$root/target/spark-venv
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v java >/dev/null; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null
    else
        echo "spark-check: needs Java 17 (Debian: apt-get install openjdk-17-jre-headless)" >&2
        exit 1
    fi
fi
if ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet 'pyspark==3.5.*'
fi
echo "pyspark $("$venv/bin/python" -c 'import pyspark; print(pyspark.__version__)'), $(java -version 2>&1 | head -1)"

cargo build --release --quiet --manifest-path "$root/Cargo.toml"
bin=${CARGO_TARGET_DIR:-$root/target}/release/whosaid

python3 - "$root/samples" "$copies" >"$work/corpus.jsonl" <<'PY'
import glob, json, os, sys
samples, copies = sys.argv[1], int(sys.argv[2])
for copy in range(copies):
    for path in sorted(glob.glob(os.path.join(samples, "*.txt"))):
        text = open(path, encoding="utf-8").read()
        head, _, body = text.partition("\n\n")
        fields = [line.split(":", 1) for line in head.split("\n")]
        if not all(len(kv) == 2 for kv in fields):  # no header block
            fields, body = [], text
        rec = {k.strip().lower(): v.strip() for k, v in fields}
        rec = {k: v for k, v in rec.items() if k in ("title", "date", "source", "url")}
        rec.update(id=f"{os.path.basename(path)}#{copy}", text=f"{body}\n(Copy {copy}.)\n")
        print(json.dumps(rec, ensure_ascii=False))
PY
echo "corpus: $(wc -l <"$work/corpus.jsonl") articles, $(wc -c <"$work/corpus.jsonl") bytes"

mkdir "$work/spark"
"$venv/bin/python" "$root/scripts/spark-extract.py" "$bin" "$work/corpus.jsonl" "$work/spark" 4
"$bin" extract --quiet --format jsonl "$work/corpus.jsonl" >"$work/local.jsonl"
status=0
if cmp -s "$work/local.jsonl" "$work/spark/statements.jsonl"; then
    echo "extract: identical, $(wc -l <"$work/local.jsonl") statements from Spark and from one process"
else
    echo "extract: Spark's output differs from one process's:"
    diff "$work/local.jsonl" "$work/spark/statements.jsonl" | head -20
    status=1
fi

at=2025-01-01T00:00:00Z
"$bin" --db "$work/plain.db" --imported-at "$at" import --quiet "$work/corpus.jsonl"
"$bin" --db "$work/loaded.db" --imported-at "$at" import --quiet --statements "$work"/spark/loadable/part-*
python3 - "$work/plain.db" "$work/loaded.db" <<'PY' || status=1
import sqlite3, sys
def dump(path):
    db = sqlite3.connect(path)
    tables = ["articles", "people", "aliases", "statements", "corrections", "person_counts"]
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
plain, loaded = dump(sys.argv[1]), dump(sys.argv[2])
for table in plain:
    same = plain[table] == loaded[table]
    print(f"import --statements: {table}: {len(loaded[table])} rows, "
          f"{'identical' if same else 'DIFFERENT'}")
sys.exit(0 if plain == loaded else 1)
PY
exit $status
