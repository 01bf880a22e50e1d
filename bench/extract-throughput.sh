#!/usr/bin/env bash
# Whole-process throughput of `docingest extract` over 1,000 .docx files, measured with hyperfine
# against `pandoc -t json` over the same files in the same run (a familiar reference point for
# "read a Word file and write its structure as JSON").
#
# Usage: bench/extract-throughput.sh [RESULT_DIR]      (N=1000 by default; N=200 for a quick look)
# Needs: dotnet, hyperfine, pandoc, python3. Writes RESULT_DIR/extract-throughput.{md,json}
# (default artifacts/throughput, which git ignores).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RESULTS=${1:-$ROOT/artifacts/throughput}
N=${N:-1000}
RUNS=${RUNS:-5}
# pandoc runs one process per file; two at a time matches the two cores of the reference machine.
PARALLEL=${PARALLEL:-$(nproc)}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/docingest-throughput.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/in" "$RESULTS"

# The corpus documents (not the sources under */src/), cycled until there are N files.
mapfile -t SOURCES < <(find "$ROOT/corpus" -name '*.docx' -not -path '*/src/*' | LC_ALL=C sort)
if [ "${#SOURCES[@]}" -eq 0 ]; then
    echo "no .docx files under $ROOT/corpus" >&2
    exit 1
fi
for ((i = 0; i < N; i++)); do
    src=${SOURCES[i % ${#SOURCES[@]}]}
    cp "$src" "$WORK/in/$(printf '%04d' "$i")_$(basename "$src")"
done
echo "$N files ($(du -sh "$WORK/in" | cut -f1)) from ${#SOURCES[@]} corpus documents in $WORK/in"

dotnet build "$ROOT/src/DocIngest.Cli" -c Release --nologo -v quiet
DLL=$ROOT/src/DocIngest.Cli/bin/Release/net10.0/docingest.dll

# Other work on the machine skews wall-clock figures: record the load next to them.
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --warmup 1 --runs "$RUNS" \
    --prepare "rm -rf '$WORK/out' '$WORK/pandoc' && mkdir -p '$WORK/pandoc'" \
    --export-markdown "$RESULTS/extract-throughput.md" \
    --export-json "$RESULTS/extract-throughput.json" \
    -n "docingest extract ($N files)" \
    "dotnet '$DLL' extract '$WORK/in' --out '$WORK/out'" \
    -n "pandoc -t json ($N files, xargs -P $PARALLEL)" \
    "find '$WORK/in' -name '*.docx' -print0 | xargs -0 -P $PARALLEL -I{} sh -c 'pandoc -t json \"\$1\" -o \"$WORK/pandoc/\$(basename \"\$1\").json\"' _ {}"

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

# documents/s from the mean wall time, and the CPU time each document costs (user + system of the
# whole process tree), which depends less than wall time on what else the machine is doing.
python3 - "$RESULTS/extract-throughput.json" "$N" "$(nproc)" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
n, cores = int(sys.argv[2]), int(sys.argv[3])
for r in results:
    cpu = r["user"] + r["system"]
    print(f"{r['command']}: mean {r['mean']:.2f} s ± {r['stddev']:.2f} s wall -> {n / r['mean']:.0f} documents/s "
          f"(best run {n / r['min']:.0f}/s); CPU {cpu:.2f} s = {1000 * cpu / n:.1f} ms per document "
          f"on {cores} cores")
PY
