#!/usr/bin/env bash
# HTTP load benchmark: GET /v1/entities/{id}/dependencies?depth=3 for the 1,000 query entities
# of the benchmark workload, on an imported benchmark graph, with 2 client threads
# (bench/http_load, one keep-alive connection each), against `corpgraph serve`. Two runs:
# the answer cache off (every request runs its traversal) and on (the default).
#   scripts/bench-http.sh [N]      # N nodes, default 100000 (graph from ../shared/bench)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
seconds=${SECONDS_PER_RUN:-10}
data=/tmp/corpgraph-bench-n$n
db=/tmp/corpgraph-bench-n$n.db
bin=build/cli/corpgraph
[ -x build/bench/http_load ] || { echo "build first: scripts/build.sh"; exit 1; }
[ -f "$data/edges.csv" ] || python3 ../shared/bench/gen_graph.py 42 "$n" "$data" >/dev/null
[ -d "$db" ] || "$bin" import --nodes "$data/nodes.csv" --edges "$data/edges.csv" --db "$db" >/dev/null
paths=$(mktemp)
log=$(mktemp)
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -f "$paths" "$log"
}
trap cleanup EXIT
tail -n +2 "$data/queries.csv" | cut -d, -f2 | sed 's|.*|/v1/entities/&/dependencies?depth=3|' > "$paths"

# run LABEL SERVE_FLAGS...: starts the server, loads it, stops it.
run() {
  local label=$1
  shift
  "$bin" serve --db "$db" --port 0 --threads "${SERVER_THREADS:-4}" "$@" 2>"$log" &
  pid=$!
  local port=
  for _ in $(seq 1 100); do
    port=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1 | sed 's/.*://') || true
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "server did not start:"; cat "$log"; exit 1; }
  printf '%-28s ' "$label"
  build/bench/http_load --port "$port" --threads 2 --seconds "$seconds" --paths "$paths"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=
}

echo "graph n=$n, $(wc -l < "$paths") distinct requests, ${seconds}s per run, 2 client threads"
run "answer cache off:" --cache-mb 0
run "answer cache on (default):"
