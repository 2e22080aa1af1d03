// The single exploration page served at "/": plain HTML + JavaScript, no build chain. It
// calls the same /v1 API other services use.
#include "server/handlers.h"

namespace corpgraph::server {
namespace {

constexpr const char kPage[] = R"HTML(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>corpgraph</title>
<style>
 body { font-family: Helvetica, Arial, sans-serif; margin: 0; color: #202124; }
 header { background: #1a73e8; color: white; padding: 10px 16px; display: flex; gap: 16px; align-items: center; }
 header h1 { font-size: 18px; margin: 0; }
 #q { flex: 1; max-width: 420px; padding: 6px 8px; font-size: 14px; border-radius: 4px; border: none; }
 main { display: grid; grid-template-columns: 280px 1fr; min-height: calc(100vh - 48px); }
 #results { border-right: 1px solid #dadce0; overflow-y: auto; }
 #results a { display: block; padding: 6px 12px; color: inherit; text-decoration: none; border-bottom: 1px solid #f1f3f4; }
 #results a:hover { background: #e8f0fe; }
 .kind { color: #5f6368; font-size: 11px; text-transform: uppercase; margin-left: 6px; }
 #card { padding: 12px 20px; overflow-x: auto; }
 #card h2 { margin: 4px 0; }
 .aliases { color: #5f6368; }
 .rel h3 { margin: 16px 0 4px; font-size: 14px; text-transform: uppercase; color: #1a73e8; }
 .edge { margin: 6px 0 10px; }
 .evidence { color: #3c4043; font-size: 13px; margin: 2px 0 0 16px; border-left: 3px solid #dadce0; padding-left: 8px; }
 .doc { color: #80868b; font-size: 11px; }
 nav.views a { margin-right: 12px; }
 #diagram svg { max-width: 100%; max-height: 80vh; height: auto; }
 .shared { color: #5f6368; font-size: 12px; }
 .evidence mark { background: #fef7cd; padding: 0 1px; }
 .more { color: #5f6368; font-size: 13px; cursor: pointer; }
 #diagram g.node { cursor: pointer; }
 .error { color: #d93025; }
</style>
</head>
<body>
<header><h1>corpgraph</h1><input id="q" type="search" placeholder="Search entities (name or alias)" autofocus></header>
<main>
 <div id="results"></div>
 <div id="card"><p>Search for a company, person or regulator, then open its card.</p></div>
</main>
<script>
const $ = (s) => document.querySelector(s);
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
async function api(path) {
  const r = await fetch(path);
  const ct = r.headers.get('content-type') || '';
  const body = ct.includes('json') ? await r.json() : await r.text();
  if (!r.ok) throw new Error(body.error ? body.error.message : ('HTTP ' + r.status));
  return body;
}
let timer;
$('#q').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 150); });
async function search() {
  const q = $('#q').value.trim();
  try {
    const data = await api('/v1/entities?limit=50&q=' + encodeURIComponent(q));
    $('#results').innerHTML = data.results.map(e =>
      `<a href="#/entity/${e.id}" data-id="${e.id}">${esc(e.name)}<span class="kind">${esc(e.kind)}</span></a>`).join('');
  } catch (err) { $('#results').innerHTML = `<p class="error">${esc(err.message)}</p>`; }
}
// Name forms to look for in a sentence: the name, its aliases, the name without a corporate
// suffix ("Qualcomm" for "Qualcomm Incorporated").
function nameForms(entity) {
  const forms = [entity.name, ...(entity.aliases || [])].filter(Boolean);
  const bare = String(entity.name || '').replace(/,?\s+(Inc\.?|Incorporated|Corporation|Corp\.?|Co\.?|Ltd\.?|Limited|LLC|plc|N\.V\.|S\.A\.|AG|SE|Holdings?)$/i, '');
  if (bare.length >= 3) forms.push(bare);
  return [...new Set(forms)].filter(f => f.length >= 2).sort((a, b) => b.length - a.length);
}
// The sentence escaped, every form of the named entities wrapped in <mark>.
function highlight(sentence, entities) {
  const forms = entities.flatMap(nameForms);
  if (!forms.length) return esc(sentence);
  const re = new RegExp(forms.map(f => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  let out = '', last = 0;
  for (const m of sentence.matchAll(re)) {
    out += esc(sentence.slice(last, m.index)) + '<mark>' + esc(m[0]) + '</mark>';
    last = m.index + m[0].length;
  }
  return out + esc(sentence.slice(last));
}
function evidenceHtml(list, entities) {
  return list.map(ev => `<div class="evidence">${highlight(ev.sentence, entities)}<div class="doc">${esc(ev.document)} [${ev.begin}, ${ev.end})${ev.section ? ' — ' + esc(ev.section) : ''}</div></div>`).join('');
}
function edgeLink(x) {
  return `<a href="#/entity/${x.other.id}">${esc(x.other.name)}</a>` +
    (x.percent !== undefined ? ` ${x.percent}%` : '') + (x.role ? ` (${esc(x.role)})` : '') +
    (x.status ? ` [${esc(x.status)}]` : '');
}
// Edges of one relation grouped by the evidence span they share: a sentence naming twenty
// competitors is shown once, under the twenty names, each name marked in it.
function relationHtml(edges) {
  const groups = new Map();
  const sentenceKey = (ev) => ev.document + '\u0000' + ev.begin + '-' + ev.end;
  for (const x of edges) {
    const key = x.evidence.length ? sentenceKey(x.evidence[0]) : 'none:' + x.other.id;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(x);
  }
  // Each distinct sentence of the group once, whichever member it supports.
  const distinct = (g) => {
    const seen = new Set();
    return g.flatMap(x => x.evidence).filter(ev => !seen.has(sentenceKey(ev)) && seen.add(sentenceKey(ev)));
  };
  return [...groups.values()].map(g => `<div class="edge">${g.map(edgeLink).join(', ')}` +
    (g.length > 1 ? ` <span class="shared">(${g.length} named in the same sentence)</span>` : '') +
    evidenceHtml(distinct(g), g.map(x => x.other)) + `</div>`).join('');
}
const relSlug = (s) => s.replace(/[^a-z_]+/gi, '-').replace(/^-|-$/g, '');
async function showEntity(id, view) {
  try {
    const e = await api('/v1/entities/' + encodeURIComponent(id));
    const groups = {};
    for (const edge of e.out) (groups[edge.rel + ' →'] ??= {dir: 'out', edges: []}).edges.push(edge);
    for (const edge of e.in) (groups['← ' + edge.rel] ??= {dir: 'in', edges: []}).edges.push(edge);
    let html = `<h2>${esc(e.name)} <span class="kind">${esc(e.kind)}</span></h2>`;
    if (e.aliases.length) html += `<div class="aliases">also: ${e.aliases.map(esc).join(', ')}</div>`;
    html += `<nav class="views"><a href="#/entity/${e.id}">ego network</a><a href="#/entity/${e.id}/dependencies">dependencies</a><a href="#/entity/${e.id}/exposure">exposure</a><a href="#/entity/${e.id}/owners">owners</a></nav>`;
    html += `<div id="diagram">loading diagram…</div>`;
    for (const [rel, group] of Object.entries(groups)) {
      const name = rel.replace(/[←→ ]/g, '');
      html += `<div class="rel" id="rel-${relSlug(name)}-${group.dir}"><h3>${esc(rel)} (${group.edges.length})</h3>` +
        relationHtml(group.edges) + `</div>`;
    }
    $('#card').innerHTML = html;
    const svgPath = view ? `/v1/entities/${e.id}/${view}?format=svg`
                         : `/v1/subgraph?around=${e.id}&depth=1&format=svg`;
    try {
      $('#diagram').innerHTML = await api(svgPath);
      for (const node of document.querySelectorAll('#diagram g.node')) {
        const label = node.querySelector('text');
        // "and N more <rel>" stand-ins (id more-<rel>-<in|out>-<entity>) open the full list below.
        const more = (node.id || '').match(/^more-(.+)-(in|out)-\d+$/);
        if (more) {
          node.classList.add('more');
          node.addEventListener('click', () => {
            // A symmetric relation's edges may be listed under either direction.
            const list = document.getElementById(`rel-${relSlug(more[1])}-${more[2]}`) ||
                         document.querySelector(`[id^="rel-${relSlug(more[1])}-"]`);
            if (list) list.scrollIntoView({behavior: 'smooth'});
          });
        } else if (label) {
          node.addEventListener('click', () => { location.hash = '#/entity/' + encodeURIComponent(label.textContent); });
        }
      }
    } catch (err) { $('#diagram').innerHTML = `<p class="error">${esc(err.message)}</p>`; }
  } catch (err) { $('#card').innerHTML = `<p class="error">${esc(err.message)}</p>`; }
}
function route() {
  const m = location.hash.match(/^#\/entity\/([^/]+)(?:\/(\w+))?/);
  if (m) showEntity(decodeURIComponent(m[1]), m[2]);
}
window.addEventListener('hashchange', route);
const initial = new URLSearchParams(location.search).get('q');
if (initial) $('#q').value = initial;
search(); route();
</script>
</body>
</html>
)HTML";

}  // namespace

ApiResponse HandlePage(const HandlerContext& /*context*/) {
  ApiResponse response;
  response.content_type = "text/html; charset=utf-8";
  response.body = kPage;
  return response;
}

}  // namespace corpgraph::server
