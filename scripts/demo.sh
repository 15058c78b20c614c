#!/usr/bin/env bash
# Installs what is missing, builds kg, and builds the graph of the bundled sample into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_TESTS=OFF >/dev/null
cmake --build build --target kg
build/cli/kg build data/sample/altman-openai-sample.txt -o out
echo "demo: open out/graph.svg, load out/graph.graphml or out/graph.gexf in Gephi, out/graph.jsonld as linked data"
