#!/usr/bin/env bash
# Checks that a database made by `whosaid import samples/` opens in Datasette and that
# Datasette's own full-text search on the statements table finds a word of a statement.
#
# Usage: scripts/datasette-check.sh [WORD]      (default WORD: drought)
#
# It installs datasette with pip into a virtualenv (target/datasette-venv, reused by later
# runs), builds whosaid, imports samples/ into a new database in a temporary directory,
# starts datasette on 127.0.0.1 on a free port, asks its JSON API for
# /whosaid/statements.json?_search=WORD (and a facet on speaker_kind), and stops it.
# Exit 0 when the search finds statements containing WORD, 1 otherwise.
set -euo pipefail

word=${1:-drought}
root=$(cd "$(dirname "$0")/.." && pwd)
venv=$root/target/datasette-venv
work=$(mktemp -d)
server=""
cleanup() {
    if [[ -n $server ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if [[ ! -x $venv/bin/datasette ]]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet datasette
fi
echo "datasette $("$venv/bin/datasette" --version | awk '{print $NF}')"

cargo build --release --quiet --manifest-path "$root/Cargo.toml"
db=$work/whosaid.db
"$root/target/release/whosaid" --db "$db" import --quiet "$root/samples/"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$venv/bin/datasette" serve "$db" --host 127.0.0.1 --port "$port" >"$work/datasette.log" 2>&1 &
server=$!
base=http://127.0.0.1:$port
for _ in $(seq 1 100); do
    curl -fs "$base/-/versions.json" >/dev/null 2>&1 && break
    sleep 0.2
done

"$venv/bin/python" - "$base" "$word" <<'PY'
import json, sys, urllib.parse, urllib.request
base, word = sys.argv[1], sys.argv[2]
def get(path, **params):
    url = f"{base}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.load(r)
table = get("/whosaid/statements.json", _search=word, _shape="objects", _facet="speaker_kind")
rows = table["rows"]
hits = [r for r in rows if word.lower() in r["text"].lower()]
print(f"_search={word}: {len(rows)} rows, {len(hits)} containing {word!r}")
for r in hits[:3]:
    print(f"  {r['id']}: {r['text'][:90]}")
facets = table.get("facet_results", {})
facet = facets.get("results", facets).get("speaker_kind", {}).get("results", [])
print("facet speaker_kind:", ", ".join(f"{f['value']} {f['count']}" for f in facet) or "none")
sys.exit(0 if hits and len(hits) == len(rows) else 1)
PY
