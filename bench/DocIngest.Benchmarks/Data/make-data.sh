#!/bin/sh
# Regenerates the benchmark input: the seed plan (3 pages as the original was printed) converted by pandoc 2.17.
# Usage: make-data.sh [path/to/000_1391606a0847e6e9.txt]. The benchmarks never call pandoc.
set -eu
cd "$(dirname "$0")"
seed="${1:-/work/shared/seed/000_1391606a0847e6e9.txt}"
pandoc -f markdown -t docx "$seed" -o seed-plan-pandoc.docx
test -s seed-plan-pandoc.docx || { echo "missing seed-plan-pandoc.docx" >&2; exit 1; }
echo "benchmark data written"
