#!/usr/bin/env bash
# Latency of the drop-folder watcher: from a plan file closed in the watched folder to its tasks
# being returned by `docingest tasks`, with the default settle time.
#
#   bench/watch-latency.sh [ROUNDS]          (default 10 rounds)
#
# Uses the Release build of the CLI (built first if missing; set DOCINGEST_DLL to use another).
# For each round it writes a new Markdown plan straight into the folder, then records
#   stored: when the file left the folder (the watcher moves it only after the commit), and
#   query:  when a `docingest tasks --doc NUMBER` started at that moment returned the plan's tasks.
# "query" is the figure that counts: it includes starting the second process.
set -euo pipefail

rounds="${1:-10}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dll="${DOCINGEST_DLL:-$root/src/DocIngest.Cli/bin/Release/net10.0/docingest.dll}"
if [[ ! -f "$dll" ]]; then
  dotnet build "$root/src/DocIngest.Cli" -c Release -nologo -v quiet >/dev/null
fi

work="$(mktemp -d /tmp/docingest-latency.XXXXXX)"
mkdir -p "$work/in"
db="$work/plans.db"
log="$work/watch.log"
dotnet "$dll" watch "$work/in" --db "$db" >"$log" 2>&1 &
watcher=$!
cleanup() {
  kill -TERM "$watcher" 2>/dev/null || true
  wait "$watcher" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for _ in $(seq 1 100); do
  grep -q "Watching" "$log" && break
  sleep 0.1
done

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

plan() {
  local n="$1"
  cat <<PLAN
BAN TỔ CHỨC TỈNH ỦY

Số ${n}-KH/BTCTU

KẾ HOẠCH

khắc phục hạn chế, khuyết điểm số ${n} năm 2025

I. MỤC ĐÍCH, YÊU CẦU

1. Khắc phục các hạn chế đã chỉ ra.

II. NỘI DUNG, LỘ TRÌNH, PHÂN CÔNG THỰC HIỆN

1. Nhóm khuyết điểm, hạn chế liên quan đến công tác cán bộ

* Giải pháp thực hiện:

- Rà soát quy hoạch cán bộ đợt ${n} theo quy định (hoàn thành trong Quý II/2026).

* Phân công theo dõi, chỉ đạo: Đồng chí Tôn Thiện Đồng, Trưởng Ban Tổ chức Tỉnh ủy.

III. TỔ CHỨC THỰC HIỆN

1. Các phòng triển khai thực hiện.
PLAN
}

# One plan before measuring, so the first round does not pay for the watcher's warm-up.
plan 9000 >"$work/in/warmup.md"
for _ in $(seq 1 100); do [[ -f "$work/in/warmup.md" ]] || break; sleep 0.05; done

printf '%-6s %10s %10s\n' round stored_ms query_ms
all=()
for round in $(seq 1 "$rounds"); do
  n=$((9000 + round))
  # The clock starts before the write (taking it after would leave out the time to start `date`
  # on a busy machine), so the figure is an upper bound; the file is closed when the redirection ends.
  start=$(now_ms)
  plan "$n" >"$work/in/plan-$n.md"
  while [[ -f "$work/in/plan-$n.md" ]]; do sleep 0.02; done
  stored=$(( $(now_ms) - start ))
  output="$(dotnet "$dll" tasks --db "$db" --doc "$n-KH/BTCTU")"
  queried=$(( $(now_ms) - start ))
  if ! grep -q "đợt $n" <<<"$output"; then
    echo "round $round: tasks of $n-KH/BTCTU not returned" >&2
    exit 1
  fi
  printf '%-6s %10d %10d\n' "$round" "$stored" "$queried"
  all+=("$queried")
  sleep 0.5
done

# The cost of the second process alone (start, open the database, answer), for comparison.
alone=()
for _ in $(seq 1 5); do
  t=$(now_ms)
  dotnet "$dll" tasks --db "$db" --doc "9001-KH/BTCTU" >/dev/null
  alone+=($(( $(now_ms) - t )))
done

median() { local s=($(printf '%s\n' "$@" | sort -n)); echo "${s[$(( ${#s[@]} / 2 ))]}"; }
maximum() { printf '%s\n' "$@" | sort -n | tail -1; }
echo "closed -> tasks returned over ${#all[@]} rounds: median $(median "${all[@]}") ms, max $(maximum "${all[@]}") ms (default settle)"
echo "docingest tasks alone: median $(median "${alone[@]}") ms; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E "plan-9001.md|Watching" "$log" | head -2
