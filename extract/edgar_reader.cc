#include "extract/edgar_reader.h"

#include <cctype>
#include <string>

#include "extract/html_reader.h"

namespace corpgraph {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(s[i])) !=
        std::toupper(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

// Value of "KEY:<tabs>value" in the header, trimmed; "" when absent.
std::string HeaderField(std::string_view header, std::string_view key) {
  size_t at = header.find(key);
  if (at == std::string_view::npos) return "";
  size_t begin = at + key.size();
  size_t end = header.find('\n', begin);
  return std::string(TrimView(
      header.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin)));
}

// Without EDGAR's trailing state/status tags: "ZENTRIX HOLDINGS CORP /DE/" -> "ZENTRIX
// HOLDINGS CORP", "ALPHA INC \NY\" -> "ALPHA INC".
std::string CleanFilerName(std::string name) {
  for (;;) {
    std::string_view v = TrimView(name);
    if (v.size() < 3 || (v.back() != '/' && v.back() != '\\')) break;
    size_t open = v.find_last_of(v.back(), v.size() - 2);
    if (open == std::string_view::npos || open == 0 || v.size() - open > 12) break;
    name = std::string(TrimView(v.substr(0, open)));
  }
  return std::string(TrimView(name));
}

// "20231231" -> "2023-12-31"; anything else is returned as it is.
std::string IsoDate(const std::string& yyyymmdd) {
  if (yyyymmdd.size() != 8) return yyyymmdd;
  for (char c : yyyymmdd) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return yyyymmdd;
  }
  return yyyymmdd.substr(0, 4) + "-" + yyyymmdd.substr(4, 2) + "-" + yyyymmdd.substr(6, 2);
}

// Ends the text so far with a paragraph break (two newlines) mapped to `at`.
void ParagraphBreak(DocumentText& out, std::uint64_t at) {
  if (out.text.empty()) return;
  int have = 0;
  for (size_t i = out.text.size(); i > 0 && have < 2 && out.text[i - 1] == '\n'; --i) ++have;
  if (have < 2) out.Append(std::string_view("\n\n", 2 - have), at);
}

// A line made only of SGML layout tags of old ASCII filings: <PAGE>, <TABLE>, <S>, <C>, ...
bool IsLayoutLine(std::string_view line) {
  line = TrimView(line);
  if (line.empty() || line.front() != '<') return false;
  while (!line.empty()) {
    bool matched = false;
    for (std::string_view tag : {"<PAGE>", "<TABLE>", "</TABLE>", "<CAPTION>", "</CAPTION>", "<S>",
                                 "<C>", "<FN>", "</FN>"}) {
      if (StartsWithNoCase(line, tag)) {
        line = TrimView(line.substr(tag.size()));
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return true;
}

void AppendPlainPart(std::string_view part, std::uint64_t base, DocumentText& out) {
  ParagraphBreak(out, base);
  size_t start = 0;
  while (start < part.size()) {
    size_t nl = part.find('\n', start);
    size_t end = nl == std::string_view::npos ? part.size() : nl + 1;
    std::string_view line = part.substr(start, end - start);
    if (!IsLayoutLine(line)) out.Append(line, base + start);
    start = end;
  }
}

// Is the text of a <DOCUMENT> something other than prose (uuencoded file, XML, JSON)?
bool IsDataPart(std::string_view body) {
  return StartsWithNoCase(body, "begin ") || StartsWithNoCase(body, "<PDF>") ||
         StartsWithNoCase(body, "<?xml") || StartsWithNoCase(body, "<xbrl") ||
         StartsWithNoCase(body, "<xs:") || StartsWithNoCase(body, "<XML>") ||
         StartsWithNoCase(body, "{");
}

}  // namespace

bool LooksLikeEdgarSubmission(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  bytes = TrimView(bytes.substr(0, 4096));
  if (bytes.starts_with("<SEC-DOCUMENT>") || bytes.starts_with("<SEC-HEADER>") ||
      bytes.starts_with("<IMS-DOCUMENT>")) {
    return true;
  }
  return bytes.starts_with("<DOCUMENT>") && bytes.find("<TYPE>") != std::string_view::npos;
}

Status ReadEdgarSubmission(std::string_view bytes, DocumentText& out) {
  out.format = "edgar";
  size_t first_doc = bytes.find("<DOCUMENT>");
  std::string_view header =
      bytes.substr(0, first_doc == std::string_view::npos ? bytes.size() : first_doc);
  out.filer = CleanFilerName(HeaderField(header, "COMPANY CONFORMED NAME:"));
  out.form = HeaderField(header, "CONFORMED SUBMISSION TYPE:");
  out.period = IsoDate(HeaderField(header, "CONFORMED PERIOD OF REPORT:"));
  size_t parts = 0;
  size_t at = first_doc;
  while (at != std::string_view::npos) {
    size_t doc_end = bytes.find("</DOCUMENT>", at);
    size_t next = bytes.find("<DOCUMENT>", at + 10);
    if (doc_end == std::string_view::npos || (next != std::string_view::npos && next < doc_end)) {
      doc_end = next == std::string_view::npos ? bytes.size() : next;
    }
    std::string_view doc = bytes.substr(at, doc_end - at);
    if (out.form.empty()) {
      size_t type = doc.find("<TYPE>");
      if (type != std::string_view::npos) out.form = HeaderField(doc.substr(type), "<TYPE>");
    }
    size_t text = doc.find("<TEXT>");
    if (text != std::string_view::npos) {
      size_t body_begin = text + 6;
      size_t body_end = doc.rfind("</TEXT>");
      if (body_end == std::string_view::npos || body_end < body_begin) body_end = doc.size();
      std::string_view body = doc.substr(body_begin, body_end - body_begin);
      size_t lead = 0;
      while (lead < body.size() && IsBlank(body[lead])) ++lead;
      body.remove_prefix(lead);
      body_begin += lead;
      if (StartsWithNoCase(body, "<XBRL>")) {  // inline XBRL primary documents are wrapped
        body.remove_prefix(6);
        body_begin += 6;
        size_t close = body.rfind("</XBRL>");
        if (close != std::string_view::npos) body = body.substr(0, close);
        size_t ws = 0;
        while (ws < body.size() && IsBlank(body[ws])) ++ws;
        body.remove_prefix(ws);
        body_begin += ws;
      }
      std::uint64_t base = at + body_begin;
      if (LooksLikeHtml(body)) {
        ParagraphBreak(out, base);
        CORPGRAPH_RETURN_IF_ERROR(AppendHtmlText(body, base, out));
        ++parts;
      } else if (!IsDataPart(body) && !TrimView(body).empty()) {
        AppendPlainPart(body, base, out);
        ++parts;
      }
    }
    at = next;
  }
  if (parts == 0) return Status::InvalidArgument("the EDGAR submission has no document text");
  return Status::Ok();
}

}  // namespace corpgraph
