#!/usr/bin/env bash
# End-to-end check of the exploration page in a real browser (headless Chromium): ingest the
# demo filing, start `corpgraph serve`, load the page with the search "KDDI" typed in and the
# KDDI card opened, and check the rendered DOM (after the page's JavaScript ran) shows the
# search hit, the card with its edges and evidence, and the Graphviz diagram.
#   browser_test.sh CORPGRAPH_BINARY DEMO_FILING
set -euo pipefail
binary=$1
filing=$2
# shellcheck source=serve_for_browser.sh
source "$(dirname "$0")/serve_for_browser.sh"

"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --virtual-time-budget=15000 \
  --dump-dom "http://127.0.0.1:$port/?q=KDDI#/entity/KDDI" >"$work/dom.html" 2>"$work/browser.log" || {
  echo "chromium failed:"; tail -5 "$work/browser.log"; exit 1; }

fail=0
check() {
  if grep -q -- "$2" "$work/dom.html"; then echo "ok: $1"; else echo "MISSING: $1"; fail=1; fi
}
check "search result for KDDI" 'href="#/entity/[0-9]*" data-id="[0-9]*">KDDI Corporation'
check "entity card heading" '<h2>KDDI Corporation'
check "competes edges with evidence" 'class="evidence"'
check "ego-network diagram (SVG from Graphviz)" '<svg'
check "diagram nodes" 'class="node"'
# The server writes its request log every 100 ms.
logged=0
for _ in $(seq 1 20); do
  grep -q "GET /v1/entities/KDDI 200" "$work/server.log" && { logged=1; break; }
  sleep 0.1
done
[ "$logged" = 1 ] || { echo "MISSING: API request in the server log"; fail=1; }
exit $fail
