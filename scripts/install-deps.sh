#!/usr/bin/env bash
# Installs the Debian packages corpgraph builds and runs with, only those that are missing.
# Without arguments, what the CLI builds and runs with (what scripts/demo.sh needs); with --test,
# also what the test suite, benchmarks and fuzzers need (GoogleTest, Google Benchmark, clang,
# headless Chromium, GNU parallel for the distributed extract-and-merge test).
# Runs apt-get as root, or through sudo when not root. Safe to run again: a no-op when all
# packages are present.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git python3
  librocksdb-dev libboost-graph-dev nlohmann-json3-dev libre2-dev libcli11-dev
  libcpp-httplib-dev libgumbo-dev libssl-dev graphviz
)

# Only the tests, benchmarks and fuzzers need these.
if [ "${1:-}" = "--test" ]; then
  packages+=(libgtest-dev libgmock-dev libbenchmark-dev clang libclang-rt-14-dev chromium parallel)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "install-deps: missing packages (${missing[*]}) and neither root nor sudo available" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
