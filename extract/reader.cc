#include "extract/reader.h"

#include <string>

#include "extract/cover_page.h"
#include "extract/edgar_reader.h"
#include "extract/html_reader.h"

namespace corpgraph {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or npos.
// Rejects overlong forms, surrogates and code points past U+10FFFF.
size_t FirstInvalidUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || (len == 2 && c < 0xC2) || (len == 4 && c > 0xF4) || i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    }
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) ||
        (c == 0xF4 && c1 >= 0x90)) {
      return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

// Name of a binary format recognised by its leading bytes, or "".
std::string_view BinarySignature(std::string_view b) {
  struct Signature {
    std::string_view magic;
    std::string_view name;
  };
  static constexpr Signature kSignatures[] = {
      {"\x89PNG\r\n\x1a\n", "a PNG image"},
      {"\xFF\xD8\xFF", "a JPEG image"},
      {"GIF87a", "a GIF image"},
      {"GIF89a", "a GIF image"},
      {"%PDF-", "a PDF file"},
      {"PK\x03\x04", "a ZIP archive"},
      {"PK\x05\x06", "a ZIP archive"},
      {"\x1F\x8B", "a GZIP archive"},
      {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an OLE (old Word/Excel) file"},
  };
  for (const Signature& s : kSignatures) {
    if (b.starts_with(s.magic)) return s.name;
  }
  return "";
}

bool IsBlankByte(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool IsEmphasisLine(std::string_view line) {
  for (std::string_view mark : {"***", "**", "__"}) {
    if (line.size() > 2 * mark.size() && line.starts_with(mark) && line.ends_with(mark))
      return true;
  }
  return false;
}

bool LooksLikeMarkdown(std::string_view bytes) {
  constexpr size_t kScan = 256 * 1024;  // detection looks at the beginning only
  std::string_view s = bytes.substr(0, kScan);
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    std::string_view line =
        s.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    while (!line.empty() && IsBlankByte(line.back())) line.remove_suffix(1);
    size_t indent = 0;
    while (indent < line.size() && indent < 4 && line[indent] == ' ') ++indent;
    line.remove_prefix(indent);
    size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ') return true;
    if (IsEmphasisLine(line)) return true;
    if (line.starts_with("|") && line.find("---") != std::string_view::npos &&
        line.find_first_not_of("|-: ") == std::string_view::npos) {
      return true;
    }
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return false;
}

}  // namespace

std::string_view DetectFormat(std::string_view bytes) {
  if (LooksLikeEdgarSubmission(bytes)) return "edgar";
  if (LooksLikeHtml(bytes)) return "html";
  if (LooksLikeMarkdown(bytes)) return "markdown";
  return "text";
}

StatusOr<DocumentText> ReadDocument(std::string_view bytes) {
  if (bytes.empty()) return Status::InvalidArgument("the document is empty");
  if (std::string_view kind = BinarySignature(bytes); !kind.empty()) {
    return Status::InvalidArgument("the document is " + std::string(kind) +
                                   ", not a text or HTML filing");
  }
  if (bytes.find('\0') != std::string_view::npos) {
    return Status::InvalidArgument("the document is binary (it contains NUL bytes), not a filing");
  }
  if (size_t bad = FirstInvalidUtf8(bytes); bad != std::string_view::npos) {
    return Status::InvalidArgument("the document is not valid UTF-8 (first bad byte at offset " +
                                   std::to_string(bad) + ")");
  }
  size_t skip = bytes.starts_with(kBom) ? kBom.size() : 0;
  std::string_view body = bytes.substr(skip);
  size_t first_visible = 0;
  while (first_visible < body.size() && IsBlankByte(body[first_visible])) ++first_visible;
  if (first_visible == body.size())
    return Status::InvalidArgument("the document is empty (only whitespace)");

  DocumentText doc;
  doc.format = std::string(DetectFormat(body));
  if (doc.format == "edgar") {
    // The reader appends with offsets relative to `body`; shift them past the BOM.
    CORPGRAPH_RETURN_IF_ERROR(ReadEdgarSubmission(body, doc));
  } else if (doc.format == "html") {
    CORPGRAPH_RETURN_IF_ERROR(AppendHtmlText(body, 0, doc));
    if (doc.text.empty()) return Status::InvalidArgument("the HTML document has no visible text");
  } else {
    doc.Append(body, 0);
  }
  if (skip > 0) {
    for (DocumentText::Run& run : doc.runs) run.source_begin += skip;
  }
  if (doc.registrant.empty()) doc.registrant = RegistrantAboveCharterLine(doc.text);
  return doc;
}

}  // namespace corpgraph
