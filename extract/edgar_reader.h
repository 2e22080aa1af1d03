// EDGAR full-submission text files (the .txt EDGAR serves for a whole filing) -> DocumentText.
// Internal to extract/; ReadDocument calls it.
//
//   <SEC-DOCUMENT>0000000000-24-000001.txt : 20240315
//   <SEC-HEADER>...
//   CONFORMED SUBMISSION TYPE:	10-K
//   CONFORMED PERIOD OF REPORT:	20231231
//   	COMPANY CONFORMED NAME:			ZENTRIX HOLDINGS CORP
//   </SEC-HEADER>
//   <DOCUMENT>
//   <TYPE>10-K
//   <TEXT>
//   <html>...</html>
//   </TEXT>
//   </DOCUMENT>
//   <DOCUMENT>
//   <TYPE>EX-21
//   ...
//
// The header fills DocumentText::filer (first COMPANY CONFORMED NAME, as written but without
// EDGAR's trailing state tags such as " /DE/"), form
// (CONFORMED SUBMISSION TYPE) and period (CONFORMED PERIOD OF REPORT, YYYYMMDD -> YYYY-MM-DD).
// The text is every <DOCUMENT>'s <TEXT>, in order, separated by paragraph breaks: HTML parts
// (also when wrapped in <XBRL>) through the HTML reader, other parts as plain text with SGML
// layout lines (<PAGE>, <TABLE>, <S>, <C>, ...) dropped. Parts that are not prose are skipped:
// uuencoded files (GRAPHIC, ZIP, PDF), XML (XBRL instances, schemas) and JSON. The header
// itself is not part of the text. Offsets map into the submission file.
#pragma once

#include <string_view>

#include "extract/document_text.h"
#include "graph/status.h"

namespace corpgraph {

// True when `bytes` starts (after a BOM and whitespace) with <SEC-DOCUMENT>, <SEC-HEADER>,
// <IMS-DOCUMENT>, or with <DOCUMENT> followed by <TYPE>.
bool LooksLikeEdgarSubmission(std::string_view bytes);

// Reads a submission into `out` (format "edgar"). InvalidArgument when it holds no
// <DOCUMENT> part with text, or when an HTML part is refused by the HTML reader.
// REQUIRES: `bytes` is valid UTF-8 without NUL bytes.
Status ReadEdgarSubmission(std::string_view bytes, DocumentText& out);

}  // namespace corpgraph
