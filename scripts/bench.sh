#!/usr/bin/env bash
# Reproduces every figure of docs/performance.md in one command: a Release build into
# build-bench/, generated data under build-bench/data/, each benchmark, then the table
# (figure, target, measured, met or not). Never part of ctest or CI. Takes roughly half an
# hour on 2 cores; sizes can be lowered for a quick look, e.g.
#   KG_BENCH_CORPUS=10MB KG_BENCH_REPEATED_COPIES=4 KG_BENCH_ENTITIES=100000 KG_BENCH_RELATIONS=500000 scripts/bench.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build-bench
data=$build/data
corpus_size=${KG_BENCH_CORPUS:-100MB}         # mixed text for the throughput figure
repeated_copies=${KG_BENCH_REPEATED_COPIES:-64}  # copies of a 16 MB text: about 1 GB
entities=${KG_BENCH_ENTITIES:-1000000}
relations=${KG_BENCH_RELATIONS:-5000000}
runs=${KG_BENCH_RUNS:-3}
# shellcheck source=../bench/throughput/timing.sh
source "$root/bench/throughput/timing.sh"

echo "== building (Release) into $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCHMARKS=ON \
  -DKG_BUILD_TESTS=OFF -DKG_BUILD_EXAMPLES=OFF > "$build.configure.log"
ninja -C "$build" kg kg-gen-corpus kg-gen-graph kg-bench-scale > "$build.build.log"
kg=$build/cli/kg
gen=$build/bench/gen/kg-gen-corpus
mkdir -p "$data"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1e6 }' /proc/meminfo) memory"
echo "== generating data"
[ -f "$data/mixed-$corpus_size.txt" ] || "$gen" --size "$corpus_size" --lang mixed --seed 1 -o "$data/mixed-$corpus_size.txt"
if [ ! -d "$data/repeated" ] || [ "$(find "$data/repeated" -name '*.txt' | wc -l)" -ne "$repeated_copies" ]; then
  rm -rf "$data/repeated" && mkdir -p "$data/repeated"
  "$gen" --size 16MB --lang mixed --seed 2 -o "$data/repeated-unit.txt"
  for ((i = 0; i < repeated_copies; i++)); do cp "$data/repeated-unit.txt" "$(printf '%s/repeated/copy-%03d.txt' "$data" "$i")"; done
fi

results=()
add() { results+=("$(row "$@")"); }

echo "== extraction throughput (kg build, single thread, warm page cache, median of $runs)"
corpus=$data/mixed-$corpus_size.txt
warm "$corpus"
read -r seconds peak_kb < <(measure "$runs" "$kg" build "$corpus" -o "$data/out-mixed" --formats jsonld --no-summary)
mb=$(megabytes "$corpus")
rate=$(ratio "$mb" "$seconds")
add "extraction, 1 thread, $mb MB mixed text (whole process)" ">= 50 MB/s" "$rate MB/s" "$(meets "$rate" ">=" 50)"
"$kg" build "$corpus" -o "$data/out-mixed" --formats jsonld --no-summary --stats 2> "$data/stats-mixed.txt"
cat "$data/stats-mixed.txt"
if "$kg" build --help | grep -q -- '--threads'; then
  read -r seconds2 _ < <(measure "$runs" "$kg" build "$corpus" -o "$data/out-mixed" --formats jsonld --no-summary --threads 2)
  x=$(ratio "$seconds" "$seconds2")
  add "extraction, 2 threads vs 1" ">= 1.8x" "${x}x" "$(meets "$x" ">=" 1.8)"
else
  add "extraction, 2 threads vs 1" ">= 1.8x" "n/a" "NOT met (kg build has no --threads)"
fi
peak_mb=$(ratio "$peak_kb" 1000)
add "  peak memory of that run ($mb MB in one file)" "" "$peak_mb MB" "($(ratio "$peak_mb" "$mb")x input)"

echo "== memory on a 1 GB corpus of repeated text ($repeated_copies copies of a 16 MB file)"
warm "$data/repeated"
read -r seconds peak_kb < <(measure 1 "$kg" build "$data/repeated" -o "$data/out-repeated" --formats jsonld --no-summary)
mb=$(megabytes "$data/repeated")
peak_mb=$(ratio "$peak_kb" 1000)
add "peak memory, $mb MB corpus (folder of copies)" "< 1000 MB" "$peak_mb MB" "$(meets "$peak_mb" "<=" 1000)"
add "  throughput of that run" "" "$(ratio "$mb" "$seconds") MB/s" ""
add "  graph written (JSON-LD)" "" "$(megabytes "$data/out-repeated/graph.jsonld") MB" ""

echo "== scale: $entities entities, $relations relations (median of $runs)"
"$build/bench/throughput/kg-bench-scale" --entities "$entities" --relations "$relations" --runs "$runs" \
  -o "$data/scale" | tee "$data/scale.tsv"
f() { figure "$1" "$data/scale.tsv"; }
b=$(f bytes_per_relation_without_strings)
add "memory per relation, without strings" "<= 200 B" "$(printf '%.0f' "$b") B" "$(meets "$b" "<=" 200)"
add "  memory per relation, with strings" "" "$(printf '%.0f' "$(f bytes_per_relation_with_strings)") B" ""
for format in graphml jsonld dot; do
  r=$(f "write_${format}_MBps")
  add "write $format ($(f "write_${format}_MB") MB)" ">= 100 MB/s" "$(printf '%.1f' "$r") MB/s" "$(meets "$r" ">=" 100)"
done
for format in graphml jsonld; do
  r=$(f "read_${format}_MBps")
  add "read $format" ">= 50 MB/s" "$(printf '%.1f' "$r") MB/s" "$(meets "$r" ">=" 50)"
done

echo
echo "== results"
row "figure" "target" "measured" "status"
printf '%s\n' "${results[@]}"
echo
"$root/bench/side_by_side/compare.sh" "$build"
