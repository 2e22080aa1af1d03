#include "extract/cover_page.h"

#include <algorithm>
#include <cctype>

namespace corpgraph {
namespace {

std::string_view TrimSpaces(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '|'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// Position of `needle` (lower case) in `hay`, case aside; npos when absent.
size_t FindNoCase(std::string_view hay, std::string_view needle) {
  auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == b;
  });
  return it == hay.end() ? std::string_view::npos : static_cast<size_t>(it - hay.begin());
}

bool PlausibleName(std::string_view line) {
  if (line.empty() || line.size() > 160) return false;
  if (!std::any_of(line.begin(), line.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
    return false;
  }
  // Captions of the cover's other boxes are not names.
  for (std::string_view caption : {"commission file number", "form 10-k", "form 20-f", "securities and exchange"}) {
    if (FindNoCase(line, caption) != std::string_view::npos) return false;
  }
  return true;
}

}  // namespace

std::string RegistrantAboveCharterLine(std::string_view text) {
  std::string_view cover = text.substr(0, std::min(text.size(), kCoverPageBytes));
  size_t at = FindNoCase(cover, "exact name of registrant");
  if (at == std::string_view::npos) return "";
  size_t line_begin = cover.rfind('\n', at);
  line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
  // "ACME CORP. (Exact name of registrant ...)" on one line.
  std::string_view same = cover.substr(line_begin, at - line_begin);
  if (size_t paren = same.rfind('('); paren != std::string_view::npos) same = same.substr(0, paren);
  same = TrimSpaces(same);
  if (!same.empty()) return PlausibleName(same) ? std::string(same) : "";
  // Otherwise the closest non-blank line above: [begin, end) walks up line by line, `end`
  // at the '\n' that closes the line.
  for (size_t end = line_begin; end > 0;) {
    --end;
    size_t nl = end == 0 ? std::string_view::npos : cover.rfind('\n', end - 1);
    size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
    std::string_view line = TrimSpaces(cover.substr(begin, end - begin));
    if (!line.empty()) return PlausibleName(line) ? std::string(line) : "";
    end = begin;
  }
  return "";
}

}  // namespace corpgraph
