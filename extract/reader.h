// Bytes of a filing -> DocumentText, whatever the format (detected from the content, not the
// file name): plain text, Markdown-ish text, HTML (EDGAR .htm), EDGAR full-submission text.
//
//   StatusOr<DocumentText> doc = ReadDocument(bytes);
//   if (!doc.ok()) return doc.status();  // one line: "the document is a PNG image, ..."
//   doc->format;                         // "text", "markdown", "html" or "edgar"
//   doc->SourceOffset(pos);              // where text position `pos` came from in `bytes`
//
// Detection, in order (see DetectFormat):
//   "edgar"    starts with <SEC-DOCUMENT>, <SEC-HEADER>, <IMS-DOCUMENT>, or <DOCUMENT> + <TYPE>;
//              filer, form and period come from the submission header (edgar_reader.h).
//   "html"     starts with a doctype, an XML declaration or comment followed by <html>/<body>,
//              or a start tag EDGAR pages begin with (<html>, <div>, <p>, <table>, <font>,
//              <title>, ...; see LooksLikeHtml in html_reader.h for the flattening and list).
//   "markdown" within the first 256 KB, some line is an ATX heading ("# ", "## ", ...), a line
//              wholly in emphasis ("***Risk Factors***", "**Overview**", "__Overview__") or a
//              pipe-table rule ("|---|---|"). Bullets alone do not make Markdown.
//   "text"     anything else.
// Text and Markdown are returned byte for byte as they are (markup, curly quotes, no-break
// spaces and CR LF line ends included; the extractor reads Markdown markup itself), so
// SourceOffset(pos) == pos, except that a leading UTF-8 BOM is dropped (offsets shift by 3).
// Only HTML (and HTML inside EDGAR submissions) is transformed. Time and memory are linear in
// the input size.
#pragma once

#include <string_view>

#include "extract/document_text.h"
#include "graph/status.h"

namespace corpgraph {

// InvalidArgument with a one-line reason for empty input (or only whitespace), binary data
// (named when recognised: PNG, JPEG, GIF, PDF, ZIP, GZIP, OLE/Word; else "contains NUL
// bytes"), invalid UTF-8 (offset of the first bad byte in the message), HTML nested deeper
// than kMaxHtmlDepth (html_reader.h), or an EDGAR submission without document text.
// ResourceExhausted for an HTML document (or HTML part) larger than kMaxHtmlBytes (64 MB);
// text of any size is read in linear time.
StatusOr<DocumentText> ReadDocument(std::string_view bytes);

// The format ReadDocument would use for `bytes`: "edgar", "html", "markdown" or "text".
// Does not validate; REQUIRES nothing.
std::string_view DetectFormat(std::string_view bytes);

}  // namespace corpgraph
