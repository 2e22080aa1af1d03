#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + libFuzzer) and runs each for a bounded time.
# Fails on any crash, leak, timeout or out-of-memory (each run is held to FUZZ_RSS_MB of RSS,
# default 2048, through -rss_limit_mb; a single allocation past it fails too).
# Findings are saved under build-fuzz/findings.
#   scripts/fuzz.sh            # 60 s per target
#   FUZZ_SECONDS=10 scripts/fuzz.sh   # the CI smoke run
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
rss_mb=${FUZZ_RSS_MB:-2048}
build=${FUZZ_BUILD_DIR:-build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCORPGRAPH_SANITIZE=ON -DCORPGRAPH_FUZZ=ON -DCORPGRAPH_BUILD_TESTS=OFF -DCORPGRAPH_BUILD_BENCH=OFF >/dev/null
targets=(fuzz_extract fuzz_extraction_file fuzz_query_params fuzz_key_codec fuzz_csv_import)
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"

mkdir -p "$build/findings"
seed_extract=$(mktemp -d)
cp examples/*.txt "$seed_extract"/
[ -d tests/data ] && find tests/data -type f \( -name '*.txt' -o -name '*.htm*' \) -size -200k -exec cp {} "$seed_extract"/ \;
# Slices of whole filings (start, middle, end; each at most -max_len bytes), so the fuzzer
# starts from real EDGAR HTML: the shipped ones, and the shared corpus when it is there.
slice_len=65536
for f in tests/data/full/*.htm* ${FUZZ_CORPUS_DIR:-../shared/filings/full}/*.htm*; do
  [ -f "$f" ] || continue
  size=$(stat -c %s "$f")
  name=$(basename "$f")
  for part in 0 1 2; do
    offset=$(( size > slice_len ? (size - slice_len) * part / 2 : 0 ))
    dd if="$f" of="$seed_extract/slice$part-$name" iflag=skip_bytes,count_bytes skip="$offset" \
      count="$slice_len" status=none
  done
done
seed_extraction=$(mktemp -d)
cp fuzz/seeds/*.extraction.json "$seed_extraction"/
printf '{"corpgraph_extraction":{"version":1,"document":{"id":"%s","sha256":"%s%s","name":"a","size":9,"format":"text"},"entities":[{"id":0,"name":"A Inc.","kind":"company"},{"id":1,"name":"B Ltd.","kind":"group"}],"edges":[{"src":0,"dst":1,"rel":1,"attributes":{"percent":51},"evidence":[{"begin":0,"end":9}]}]}}' \
  0123456789abcdef 0123456789abcdef 0123456789abcdef0123456789abcdef0123456789abcdef > "$seed_extraction/small.json"
seed_params=$(mktemp -d)
printf 'depth=3&rel=owns,supplies' > "$seed_params/a"
printf 'q=Acme%%20Inc&limit=10&cursor=4' > "$seed_params/b"
printf 'min_percent=26.9&dir=in' > "$seed_params/c"
seed_keys=$(mktemp -d)
printf '\x10\x00\x00\x00\x00\x00\x00\x00\x07' > "$seed_keys/entity"
printf '\x20\x00\x00\x00\x00\x00\x00\x00\x01\x01\x00\x00\x00\x00\x00\x00\x00\x02' > "$seed_keys/edge"
seed_csv=$(mktemp -d)
printf 'id:ID,name,:LABEL\n0,Acme Inc.,Company\n1,Jane Roe,Person\n\n:START_ID,:END_ID,:TYPE,percent:float\n0,1,OWNS,51.5\n1,0,OFFICER_OF,\n' > "$seed_csv/a"
printf 'id:ID,name,kind,:LABEL,country\n7,"Quoted, Name",company,Company,JP\n\n:START_ID,:END_ID,:TYPE\n7,7,LIKES\n' > "$seed_csv/b"

run() {
  local target=$1 corpus=$2
  echo "== $target for ${seconds}s"
  "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb="$rss_mb" -malloc_limit_mb="$rss_mb" -max_len=65536 \
    -artifact_prefix="$build/findings/$target-" -print_final_stats=1 "$corpus" 2>&1 | tail -n 4
}
run fuzz_extract "$seed_extract"
run fuzz_extraction_file "$seed_extraction"
run fuzz_query_params "$seed_params"
run fuzz_key_codec "$seed_keys"
run fuzz_csv_import "$seed_csv"
rm -rf "$seed_extract" "$seed_extraction" "$seed_params" "$seed_keys" "$seed_csv"
echo "== fuzzing found nothing"
