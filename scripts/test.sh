#!/usr/bin/env bash
# Builds corpgraph and runs every test with CTest. The same command runs in CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"
