#include "extract/reader.h"

#include <string>

namespace corpgraph {
namespace {

// Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or npos.
size_t FirstInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || (len == 2 && c < 0xC2) || i + len > s.size()) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace

StatusOr<DocumentText> ReadDocument(std::string_view bytes) {
  if (bytes.empty()) return Status::InvalidArgument("the document is empty");
  if (bytes.find('\0') != std::string_view::npos) {
    return Status::InvalidArgument("the document is binary (it contains NUL bytes), not a filing");
  }
  if (size_t bad = FirstInvalidUtf8(bytes); bad != std::string_view::npos) {
    return Status::InvalidArgument("the document is not valid UTF-8 (first bad byte at offset " +
                                   std::to_string(bad) + ")");
  }
  DocumentText doc;
  doc.text.assign(bytes);
  doc.format = "text";
  return doc;
}

}  // namespace corpgraph
