#!/usr/bin/env bash
# The archive benchmark (docs/performance.md): builds the release binary, then runs
# benches/scale.py on a corpus made from ../shared/eval's articles. Options go to scale.py:
#   benches/scale.sh                 100 MB corpus, 3 runs, 1,000,000-statement database
#   benches/scale.sh --mb 10 --runs 1 --statements 100000   a quick look
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
eval_dir=${WHOSAID_EVAL:-$root/../shared/eval/polnear}
if [[ -z ${WHOSAID_BIN:-} ]]; then
  cargo build --release --quiet
fi
bin=${WHOSAID_BIN:-${CARGO_TARGET_DIR:-target}/release/whosaid}
exec python3 "$root/benches/scale.py" "$bin" "$eval_dir" "$@"
