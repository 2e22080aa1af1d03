#!/usr/bin/env bash
# The card of a hub entity in a real browser (headless Chromium): ingest the Broadcom 10-K
# excerpt (60+ competitors, suppliers), open Broadcom's card, take a screenshot, and check in
# the rendered DOM that the ego-network diagram is about as high as it is wide (not a strip),
# that every node drawn has a label, that the neighbours not drawn are counted ("and N more"),
# and that the card shows a sentence shared by many competitors once, with the names marked.
#   hub_browser_test.sh CORPGRAPH_BINARY HUB_FILING SCREENSHOT_PNG
set -euo pipefail
binary=$1
filing=$2
screenshot=$3
# shellcheck source=serve_for_browser.sh
source "$(dirname "$0")/serve_for_browser.sh"

url="http://127.0.0.1:$port/#/entity/Broadcom"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --virtual-time-budget=15000 --hide-scrollbars)
"$browser" "${flags[@]}" --user-data-dir="$work/profile1" --dump-dom "$url" >"$work/dom.html" 2>"$work/browser.log" || {
  echo "chromium failed:"; tail -5 "$work/browser.log"; exit 1; }
rm -f "$screenshot"
"$browser" "${flags[@]}" --user-data-dir="$work/profile2" --window-size=1280,1400 \
  --screenshot="$screenshot" "$url" >/dev/null 2>"$work/shot.log" || {
  echo "chromium screenshot failed:"; tail -5 "$work/shot.log"; exit 1; }

python3 - "$work/dom.html" "$screenshot" <<'PY'
import html.parser, re, struct, sys

dom_path, png_path = sys.argv[1], sys.argv[2]

class Page(html.parser.HTMLParser):
    """Collects the diagram's size, its nodes with their labels, and the card's parts."""
    def __init__(self):
        super().__init__()
        self.svg = None
        self.nodes = []          # [id, label text]
        self.in_node = 0         # depth inside a g.node
        self.in_text = False
        self.marks = 0
        self.evidence = 0
        self.competes_links = 0
        self.in_competes = False
        self.heading = ''
        self.in_h2 = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'svg' and self.svg is None:
            self.svg = (a.get('width', ''), a.get('height', ''))
        if tag == 'g':
            if self.in_node:
                self.in_node += 1
            elif 'node' in (a.get('class') or '').split():
                self.in_node = 1
                self.nodes.append([a.get('id', ''), ''])
        if tag == 'text' and self.in_node:
            self.in_text = True
        if tag == 'mark':
            self.marks += 1
        if tag == 'div' and 'evidence' in (a.get('class') or '').split():
            self.evidence += 1
        if tag == 'div' and (a.get('id') or '').startswith('rel-'):
            self.in_competes = a['id'].startswith('rel-competes-')
        if tag == 'a' and self.in_competes and (a.get('href') or '').startswith('#/entity/'):
            self.competes_links += 1
        if tag == 'h2':
            self.in_h2 = True
    def handle_endtag(self, tag):
        if tag == 'g' and self.in_node:
            self.in_node -= 1
        if tag == 'text':
            self.in_text = False
        if tag == 'h2':
            self.in_h2 = False
    def handle_data(self, data):
        if self.in_text and self.nodes:
            self.nodes[-1][1] += data
        if self.in_h2:
            self.heading += data

page = Page()
page.feed(open(dom_path, encoding='utf-8').read())
failures = []
def check(ok, what):
    print(('ok: ' if ok else 'FAILED: ') + what)
    if not ok:
        failures.append(what)

check('Broadcom' in page.heading, 'card of Broadcom (heading %r)' % page.heading.strip())
check(page.svg is not None, 'diagram rendered as SVG')
if page.svg:
    w, h = (float(re.sub('[a-z]+$', '', v) or 0) for v in page.svg)
    ratio = w / h if h else 0
    check(0.5 <= ratio <= 2.0, 'diagram aspect ratio %.2f (%s x %s) within 0.5..2' % (ratio, *page.svg))
drawn = [n for n in page.nodes if n[0] != 'legend']
check(len(drawn) >= 10, '%d nodes drawn' % len(drawn))
unlabelled = [n[0] for n in drawn if not n[1].strip()]
check(not unlabelled, 'every drawn node has a label (unlabelled: %s)' % unlabelled)
more = [n for n in drawn if n[0].startswith('more-')]
check(bool(more) and all(re.match(r'and \d+ more ', n[1]) for n in more),
      'left-out neighbours counted: %s' % [n[1] for n in more])
check(page.competes_links >= 50, '%d competitors listed on the card' % page.competes_links)
check(0 < page.evidence < page.competes_links / 2,
      '%d evidence blocks for %d competitors (shared sentences shown once)' % (page.evidence, page.competes_links))
check(page.marks >= page.competes_links // 2, '%d names marked inside the sentences' % page.marks)

png = open(png_path, 'rb').read()
is_png = png[:8] == b'\x89PNG\r\n\x1a\n'
width, height = struct.unpack('>II', png[16:24]) if is_png else (0, 0)
check(is_png and width == 1280 and len(png) > 20000,
      'screenshot %s: %dx%d, %d bytes' % (png_path, width, height, len(png)))
sys.exit(1 if failures else 0)
PY
