#!/usr/bin/env bash
# The main job on the demo filing: install what is missing, build, ingest the shipped IIJ
# Form 20-F excerpt into ./corpgraph.db, print the summary and write the diagram.
# Builds only the corpgraph executable and the libraries it links (tests, benchmarks and
# fuzzers are left to scripts/test.sh, which builds them into the same ./build).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
BUILD_TARGET=corpgraph scripts/build.sh -DCORPGRAPH_BUILD_TESTS=OFF -DCORPGRAPH_BUILD_BENCH=OFF
db=${CORPGRAPH_DB:-corpgraph.db}
mkdir -p out
./build/cli/corpgraph ingest examples/iij-20f-fy2017.txt --db "$db"
echo "graph in $db:"
./build/cli/corpgraph stats --db "$db"
./build/cli/corpgraph export --db "$db" --format dot -o out/iij-graph.dot
if command -v dot >/dev/null 2>&1; then
  dot -Tsvg out/iij-graph.dot -o out/iij-graph.svg
  echo "diagram: out/iij-graph.dot and out/iij-graph.svg"
else
  echo "diagram: out/iij-graph.dot (install graphviz for the SVG)"
fi
