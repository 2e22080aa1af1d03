// HTML (EDGAR .htm, XHTML, inline XBRL) -> readable text lines, for ReadDocument and the
// EDGAR submission reader. Internal to extract/.
//
//   DocumentText doc;
//   Status s = AppendHtmlText(html, /*source_base=*/0, doc);
//
// The text keeps what a reader of the rendered page sees:
//   - script, style, head, noscript, template, the iXBRL header (<ix:header>) and elements
//     styled display:none are dropped; comments too;
//   - character references are decoded (by gumbo), whitespace runs (including U+00A0 no-break
//     spaces) collapse to one space, except inside <pre> (old EDGAR pages wrap whole
//     plain-text filings in it), whose spaces and line ends are kept;
//   - block elements (p, div, headings, lists, tables, blockquotes, ...) end a paragraph
//     ("\n\n"), <br> and list items end a line;
//   - each table row is one line, its non-empty cells joined by " | " (a cell holding only
//     "%" stays a cell of its own); block elements inside a cell become spaces.
// Every text byte maps (DocumentText::SourceOffset) into the HTML: to the same byte for
// literal text, to the first byte of the character reference for decoded ones, and to a
// nearby tag or space for the inserted separators.
#pragma once

#include <cstdint>
#include <string_view>

#include "extract/document_text.h"
#include "graph/status.h"

namespace corpgraph {

// Deepest element nesting accepted. Gumbo 0.10.1 has no depth limit and its parse time
// grows quadratically with nesting, so deeper documents are refused up front (estimated by
// a linear pre-scan, html_reader_prescan.h, which also closes formatting tags left open in
// paragraphs — a common EDGAR pattern that would otherwise nest every paragraph inside the
// previous one).
inline constexpr int kMaxHtmlDepth = 2048;
// Largest HTML accepted. The parse tree takes about 16 bytes per input byte (a 64 MB page
// peaks near 1 GB), so larger pages are refused rather than risk swapping.
inline constexpr std::uint64_t kMaxHtmlBytes = 64ull << 20;

// Appends the text of `html` to `out`; `source_base` is the offset of html[0] in the original
// document (non-zero inside an EDGAR submission). A paragraph break separates it from text
// already in `out`.
// InvalidArgument (nothing appended) when the elements nest deeper than kMaxHtmlDepth;
// ResourceExhausted when `html` is larger than kMaxHtmlBytes.
// REQUIRES: `html` is valid UTF-8 without NUL bytes (ReadDocument checks both).
Status AppendHtmlText(std::string_view html, std::uint64_t source_base, DocumentText& out);

// True when `bytes` starts (after a BOM and whitespace) like an HTML or XHTML document: a
// doctype; an XML declaration or comment followed by <html> or <body> within 4 KB; or a start
// tag of html, head, body, title, meta, style, div, p, table, font, center, span, b, h1-h6,
// pre, br or hr — what EDGAR serves as .htm.
bool LooksLikeHtml(std::string_view bytes);

}  // namespace corpgraph
