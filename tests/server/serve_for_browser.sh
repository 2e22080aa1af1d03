# Sourced by the browser tests: finds Chromium ($browser), ingests $filing into a scratch
# database under $work with $binary, starts `corpgraph serve` on a free port ($port) and
# removes both when the test's shell exits. REQUIRES: binary and filing set; set -euo pipefail.
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium is not installed (scripts/install-deps.sh --test installs it)" >&2
  exit 1
fi
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

"$binary" ingest "$filing" --db "$work/db" >/dev/null
"$binary" serve --db "$work/db" --port 0 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 1 100); do
  port=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server.log" | head -1 | sed 's/.*://') || true
  [ -n "${port:-}" ] && break
  sleep 0.1
done
[ -n "${port:-}" ] || { echo "server did not start:"; cat "$work/server.log"; exit 1; }
