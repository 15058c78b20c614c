#!/usr/bin/env bash
# Reproduces every figure of docs/performance.md in one command: a Release build into
# build-bench/, generated data under build-bench/data/, each benchmark, then the table
# (figure, target, measured, met or not). Never part of ctest or CI. Takes about an hour
# on 2 cores; sizes can be lowered for a quick look, e.g.
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
scale_runs=${KG_BENCH_SCALE_RUNS:-1}        # each full-scale write is gigabytes
# Reading back and DOT run on a smaller graph: the readers hold about four times the file
# in memory, which for the full-scale JSON-LD (5 GB) is more than this machine has.
read_entities=${KG_BENCH_READ_ENTITIES:-100000}
read_relations=${KG_BENCH_READ_RELATIONS:-500000}
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

sections=${KG_BENCH_SECTIONS:-throughput repeated scale compare}
want() { [[ " $sections " == *" $1 "* ]]; }
: > "$data/results.txt"
add() { row "$@" | tee -a "$data/results.txt"; }  # printed now and again in the table

if want throughput; then
echo "== extraction throughput (kg build, single thread, warm page cache, median of $runs)"
corpus=$data/mixed-$corpus_size.txt
warm "$corpus"
read -r seconds peak_kb cpu < <(measure "$runs" "$kg" build "$corpus" -o "$data/out-mixed" --formats jsonld --no-summary)
mb=$(megabytes "$corpus")
rate=$(ratio "$mb" "$seconds")
add "extraction, 1 thread, $mb MB mixed text (whole process)" ">= 50 MB/s" "$rate (cpu $(ratio "$mb" "$cpu")) MB/s" "$(meets "$rate" ">=" 50)"
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
rm -rf "$data/out-mixed"  # gigabytes of JSON-LD

fi

if want repeated; then
echo "== memory on a corpus of repeated text: $repeated_copies copies of a 16 MB file, and a quarter of it"
quarter=$((repeated_copies / 4 > 0 ? repeated_copies / 4 : 1))
rm -rf "$data/repeated-quarter" && mkdir -p "$data/repeated-quarter"
find "$data/repeated" -name '*.txt' | sort | head -n "$quarter" | xargs -I{} ln {} "$data/repeated-quarter/"
for set in repeated-quarter repeated; do
  warm "$data/$set"
  read -r seconds peak_kb _ < <(measure 1 "$kg" build "$data/$set" -o "$data/out-$set" --formats jsonld --no-summary)
  mb=$(megabytes "$data/$set")
  peak_mb=$(ratio "$peak_kb" 1000)
  if [ "$set" = repeated ]; then
    add "peak memory, $mb MB of repeated text (folder)" "< input size" "$peak_mb MB" "$(meets "$peak_mb" "<=" "$mb")"
  else
    add "  peak memory, $mb MB of the same text" "" "$peak_mb MB" ""
  fi
  add "  throughput, graph written" "" "$(ratio "$mb" "$seconds") MB/s, $(megabytes "$data/out-$set/graph.jsonld") MB" ""
  rm -rf "$data/out-$set"
done
fi

if want scale; then
echo "== scale: $entities entities, $relations relations: memory and writing (median of $scale_runs)"
scale=$build/bench/throughput/kg-bench-scale
"$scale" --entities "$entities" --relations "$relations" --runs "$scale_runs" --write graphml,jsonld --read none \
  -o "$data/scale" | tee "$data/scale.tsv"
echo "== scale: $read_entities entities, $read_relations relations: DOT writing and reading back (median of $runs)"
"$scale" --entities "$read_entities" --relations "$read_relations" --runs "$runs" --write graphml,jsonld,dot \
  --read graphml,jsonld -o "$data/scale-read" | tee "$data/scale-read.tsv"
rm -rf "$data/scale" "$data/scale-read"  # gigabytes
f() { figure "$1" "$data/scale.tsv"; }
g() { figure "$1" "$data/scale-read.tsv"; }
b=$(f bytes_per_relation_without_strings)
add "memory per relation, without strings" "<= 200 B" "$(printf '%.0f' "$b") B" "$(meets "$b" "<=" 200)"
add "  memory per relation, with strings" "" "$(printf '%.0f' "$(f bytes_per_relation_with_strings)") B" ""
rate_row() {  # rate_row LABEL TARGET FIGURE-PREFIX LOOKUP
  local r c
  r=$($4 "${3}_MBps")
  c=$($4 "${3}_MBps_cpu")
  add "$1" ">= $2 MB/s" "$(printf '%.1f (cpu %.1f)' "$r" "$c") MB/s" "$(meets "$r" ">=" "$2")"
}
for format in graphml jsonld; do
  rate_row "write $format, $(f "write_${format}_MB") MB" 100 "write_$format" f
done
rate_row "write dot, $(g write_dot_MB) MB ($read_relations relations)" 100 write_dot g
for format in graphml jsonld; do
  rate_row "read $format, $(g "write_${format}_MB") MB ($read_relations relations)" 50 "read_$format" g
done

fi

echo
echo "== results"
row "figure" "target" "measured" "status"
cat "$data/results.txt"
echo
if want compare; then "$root/bench/side_by_side/compare.sh" "$build"; fi
