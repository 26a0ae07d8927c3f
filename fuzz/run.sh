#!/bin/sh
# Fuzz the loader and the check of one file for a bounded time (default 60 s); not run in CI.
# Usage: fuzz/run.sh [SECONDS]   (needs `pip install atheris`)
# Seeds: the repository's plans and the hardening corpus, copied to a scratch folder outside the
# repository ($FUZZ_WORK); a crashing input is written to fuzz/crashes/.
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-60}"
work="${FUZZ_WORK:-${TMPDIR:-/tmp}/tfi-fuzz}"
mkdir -p fuzz/crashes "$work"
cp plans/*.yaml tests/corpus/*.yaml "$work"/
exec python3 fuzz/fuzz_loader.py -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix=fuzz/crashes/ "$work"
