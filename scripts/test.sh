#!/usr/bin/env bash
# Builds corpgraph and runs every test with CTest, twice: a normal build, then a build with
# AddressSanitizer + UndefinedBehaviorSanitizer, then a short libFuzzer run of every fuzz target.
# The same command runs in CI (.ci/run).
#   SKIP_SANITIZE=1 SKIP_FUZZ=1 scripts/test.sh   # only the normal build (quicker, local iteration)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
jobs=$(nproc)
# install-deps put GNU parallel here: its extract-and-merge test must run, not skip.
export CORPGRAPH_REQUIRE_PARALLEL=1

echo "== build and test (RelWithDebInfo)"
# Tests and benchmarks on explicitly: scripts/demo.sh may have configured ./build without them.
BUILD_DIR=build scripts/build.sh -DCORPGRAPH_BUILD_TESTS=ON -DCORPGRAPH_BUILD_BENCH=ON
ctest --test-dir build --output-on-failure -j "$jobs"

if [ "${SKIP_SANITIZE:-0}" != 1 ]; then
  echo "== build and test with ASan + UBSan"
  BUILD_DIR=build-asan BUILD_TYPE=Debug scripts/build.sh -DCORPGRAPH_SANITIZE=ON -DCORPGRAPH_BUILD_BENCH=OFF
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j "$jobs" -LE slow
fi
if [ "${SKIP_FUZZ:-0}" != 1 ]; then
  echo "== fuzz smoke run (10 s per target)"
  FUZZ_SECONDS=10 scripts/fuzz.sh
fi
echo "== all tests passed"
