// Bytes of a filing -> DocumentText, whatever the format (detected from the content, not the
// file name): plain text, Markdown-ish text, HTML (EDGAR .htm), EDGAR full-submission text.
#pragma once

#include <string_view>

#include "extract/document_text.h"
#include "graph/status.h"

namespace corpgraph {

// InvalidArgument with a one-line reason for empty input, binary data (NUL bytes, image
// signatures) or invalid UTF-8 (offset of the first bad byte in the message).
StatusOr<DocumentText> ReadDocument(std::string_view bytes);

}  // namespace corpgraph
