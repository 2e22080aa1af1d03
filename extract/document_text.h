// The text extraction reads, with a map back to the original document bytes.
//
//   StatusOr<DocumentText> doc = ReadDocument(bytes, "filing.htm");
//   uint64_t begin = doc->SourceOffset(sentence_begin);  // byte offset into `bytes`
//
// Readers (plain text, Markdown-ish, HTML, EDGAR full submission) turn bytes into a
// DocumentText; extraction never sees the original bytes, but every span it records is
// translated through SourceOffset so evidence points into the original document.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace corpgraph {

struct DocumentText {
  // Where a run of `text` starts and the original byte it came from. Within a run, text and
  // source advance together byte for byte.
  struct Run {
    std::uint64_t text_begin = 0;
    std::uint64_t source_begin = 0;
  };

  std::string text;        // UTF-8 text for extraction (headings, paragraphs, table rows)
  std::vector<Run> runs;   // sorted by text_begin; empty means text == source bytes
  std::string format;      // "text", "markdown", "html", "edgar"
  std::string filer;       // registrant found in the document's own header, else ""
  // Registrant as the cover page writes it: the inline-XBRL dei:EntityRegistrantName fact, or
  // the line above "(Exact name of registrant as specified in its charter)"; else "".
  std::string registrant;
  std::string form;        // form type from the header ("10-K", "20-F"), else ""
  std::string period;      // period of report from the header, ISO 8601, else ""

  // Byte offset in the original document of text position `pos` (0 <= pos <= text.size()).
  std::uint64_t SourceOffset(std::uint64_t pos) const;

  // Appends `piece` taken from original bytes starting at `source_begin`.
  void Append(std::string_view piece, std::uint64_t source_begin);
};

}  // namespace corpgraph
