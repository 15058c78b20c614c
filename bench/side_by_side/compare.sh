#!/usr/bin/env bash
# Side by side, in one run: kg against the tools users would pick instead, on the same
# input, with the ratio of their times.
#   extraction: a Python pipeline (jieba POS tagging + regular expressions + networkx)
#   GraphML writing: networkx and igraph (C core) write_graphml
#   JSON-LD writing: rdflib's serializer
# The Python tools are slow, so these inputs are smaller than the other benchmarks'; kg runs
# on exactly the same input and the ratios compare times on it.
# Usage: compare.sh [BUILD_DIR]   (a Release build with -DKG_BUILD_BENCHMARKS=ON; scripts/bench.sh makes one)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-bench}
data=$build/data/side_by_side
python=/usr/bin/python3
corpus_size=${KG_SBS_CORPUS:-500KB}
graphml_shape=(${KG_SBS_GRAPHML:-20000 100000})   # entities relations
jsonld_shape=(${KG_SBS_JSONLD:-2000 10000})
runs=${KG_BENCH_RUNS:-3}
# shellcheck source=../throughput/timing.sh
source "$root/bench/throughput/timing.sh"

for tool in "$build/cli/kg" "$build/bench/gen/kg-gen-corpus" "$build/bench/throughput/kg-bench-scale"; do
  [ -x "$tool" ] || { echo "compare.sh: $tool is missing; run scripts/bench.sh (or build it)" >&2; exit 1; }
done
$python -c 'import jieba, networkx, igraph, rdflib' 2>/dev/null ||
  { echo "compare.sh: needs python3-jieba, python3-networkx, python3-igraph, python3-rdflib (scripts/setup.sh)" >&2; exit 1; }
mkdir -p "$data"

echo "== side by side (kg vs Python tools; same input for both; median of $runs runs for kg, 1 run for Python)"
row "comparison" "target" "kg vs other (s)" "ratio"

# Extraction: whole process, text in, GraphML out, for both.
"$build/bench/gen/kg-gen-corpus" --size "$corpus_size" --lang mixed --seed 7 -o "$data/corpus.txt"
warm "$data/corpus.txt"
read -r kg_s _ kg_cpu < <(measure "$runs" "$build/cli/kg" build "$data/corpus.txt" -o "$data/kg-out" --formats graphml --no-summary)
read -r py_s _ py_cpu < <(measure 1 $python "$here/jieba_pipeline.py" "$data/corpus.txt" "$data/jieba.graphml")
mb=$(megabytes "$data/corpus.txt")
x=$(ratio "$py_s" "$kg_s")
row "extraction, $mb MB mixed text: jieba+re+networkx" ">= 100x" "$kg_s vs $py_s" "${x}x $(meets "$x" ">=" 100)"
row "  same, CPU seconds" "" "$kg_cpu vs $py_cpu" "$(ratio "$py_cpu" "$kg_cpu")x"
row "  (rates: kg $(ratio "$mb" "$kg_s") MB/s, Python $(ratio "$mb" "$py_s") MB/s)" "" "" ""

# GraphML writing of the same graph (the Python tools load kg's file first, untimed).
"$build/bench/throughput/kg-bench-scale" --entities "${graphml_shape[0]}" --relations "${graphml_shape[1]}" \
  --write graphml --read none --runs "$runs" -o "$data/graphml" > "$data/graphml.tsv"
kg_s=$(figure write_graphml_seconds "$data/graphml.tsv")
$python "$here/write_graphml.py" "$data/graphml/graph.graphml" "$data/graphml" > "$data/graphml-python.tsv"
kg_mb=$(ratio "$(stat -c %s "$data/graphml/graph.graphml")" 1000000)
for tool in networkx igraph; do
  read -r other bytes < <(awk -F '\t' -v t=$tool '$1 == t { print $2, $3 }' "$data/graphml-python.tsv")
  x=$(ratio "$other" "$kg_s")
  row "GraphML write, ${graphml_shape[0]} entities/${graphml_shape[1]} relations: $tool" "> 1x" "$kg_s vs $other" "${x}x $(meets "$x" ">=" 1.0001)"
  row "  rates: kg $(ratio "$kg_mb" "$kg_s") MB/s, $tool $(ratio "$(ratio "$bytes" 1000000)" "$other") MB/s" "" "" ""
done

# JSON-LD writing of the same graph (rdflib parses kg's file first, untimed).
"$build/bench/throughput/kg-bench-scale" --entities "${jsonld_shape[0]}" --relations "${jsonld_shape[1]}" \
  --write jsonld --read none --runs "$runs" -o "$data/jsonld" > "$data/jsonld.tsv"
kg_s=$(figure write_jsonld_seconds "$data/jsonld.tsv")
$python "$here/write_jsonld.py" "$data/jsonld/graph.jsonld" "$data/jsonld" > "$data/jsonld-python.tsv"
read -r _ other _ triples < "$data/jsonld-python.tsv"
x=$(ratio "$other" "$kg_s")
row "JSON-LD write, ${jsonld_shape[0]} entities/${jsonld_shape[1]} relations ($triples triples): rdflib" ">= 20x" "$kg_s vs $other" "${x}x $(meets "$x" ">=" 20)"
