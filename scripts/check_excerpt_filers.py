#!/usr/bin/env python3
"""Filer detection on excerpts with no cover page, cut from whole filings.

    scripts/check_excerpt_filers.py CORPGRAPH FULL_DIR

FULL_DIR holds whole 10-K/20-F HTML filings and a MANIFEST.tsv (file, filer, ...), like
../shared/filings/full. From each filing this cuts Item 1 (Business) and Item 7 (MD&A) as plain
text, one paragraph per line, the way excerpts are pasted, runs `CORPGRAPH extract --json` on
each and reports the filer found against the manifest's. An empty filer (none found) is counted
apart from a wrong one: it loses the filer's edges but adds none that are false. Exits 1 when any
filer is wrong."""
import csv, html, json, os, re, subprocess, sys, tempfile

SECTIONS = [('item1', r'(?im)^item\s*1\.?\s*(\|\s*)?business\b', r'(?im)^item\s*1a\b'),
            ('item7', r'(?im)^item\s*7\.?\s*(\|\s*)?management', r'(?im)^item\s*7a\b')]
MAX_BYTES = 60000


def plain_text(raw):
    t = re.sub(r'(?is)<(script|style|ix:header)[^>]*>.*?</\1>', ' ', raw)
    t = re.sub(r'(?i)</?(p|div|tr|br|li|h\d|table)[^>]*>', '\n', t)
    t = re.sub(r'(?i)</t[dh]>', ' | ', t)
    t = re.sub(r'<[^>]+>', ' ', t)
    t = html.unescape(t).replace('\xa0', ' ')
    t = re.sub(r'[ \t]+', ' ', t)
    return '\n'.join(line.strip() for line in t.split('\n') if line.strip())


def excerpts(text):
    """The longest span from a section heading to the next section's: the body, not the contents."""
    for label, start_re, end_re in SECTIONS:
        best = None
        for m in re.finditer(start_re, text):
            end = re.search(end_re, text[m.start() + 20:])
            length = end.start() + 20 if end else len(text) - m.start()
            if length > 3000 and (best is None or length > best[1]):
                best = (m.start(), length)
        if best:
            yield label, text[best[0]:best[0] + min(best[1], MAX_BYTES)]


def normalized(name):
    n = name.lower().replace('&', ' and ')
    n = re.sub(r'[^a-z0-9 ]', ' ', n)
    n = re.sub(r'\b(the|inc|incorporated|corporation|corp|co|company|ltd|limited|llc|plc)\b', ' ', n)
    return ' '.join(n.split())


def same_company(found, want):
    f, w = normalized(found), normalized(want)
    return bool(f) and (f == w or w.startswith(f) or f.startswith(w) or f in w.split())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, folder = sys.argv[1], sys.argv[2]
    with open(os.path.join(folder, 'MANIFEST.tsv')) as f:
        rows = [r for r in csv.reader(f, delimiter='\t') if r and r[0].endswith(('.htm', '.html'))]
    right = wrong = none = 0
    with tempfile.TemporaryDirectory() as tmp:
        for row in rows:
            name, filer = row[0], row[1]
            with open(os.path.join(folder, name), errors='replace') as f:
                text = plain_text(f.read())
            for label, body in excerpts(text):
                path = os.path.join(tmp, f'{name}-{label}.txt')
                with open(path, 'w') as out:
                    out.write(body)
                r = subprocess.run([binary, 'extract', '--json', path], capture_output=True, text=True)
                try:
                    found = json.loads(r.stdout).get('filer') or ''
                except ValueError:
                    found = ''
                verdict = 'right' if same_company(found, filer) else ('none' if not found else 'WRONG')
                right += verdict == 'right'
                wrong += verdict == 'WRONG'
                none += verdict == 'none'
                print(f'{verdict:5}  {name} {label:5}  found {found!r}, want {filer!r}')
    print(f'{right}/{right + wrong + none} excerpts with the right filer, {none} with none, {wrong} wrong')
    sys.exit(1 if wrong else 0)


if __name__ == '__main__':
    main()
