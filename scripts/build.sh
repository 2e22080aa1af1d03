#!/usr/bin/env bash
# Configures and builds corpgraph into ./build (or $BUILD_DIR). Extra arguments go to cmake.
# BUILD_TARGET=NAME builds only that target (and what it links) instead of everything.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
jobs=${JOBS:-$(nproc)}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} "$@" >/dev/null
cmake --build "$build_dir" -j "$jobs" ${BUILD_TARGET:+--target "$BUILD_TARGET"}
