#include "extract/segmenter.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <cctype>

#include "extract/sentence_splitter.h"
#include "extract/subsidiary_table_cells.h"

namespace corpgraph {
namespace {

using subsidiary_cells::ContainsNoCase;

enum class LineKind { kBlank, kHeading, kItem, kRow, kText, kSkip };

struct Line {
  size_t begin = 0;  // content span in the reader's text (markers stripped)
  size_t end = 0;
  LineKind kind = LineKind::kBlank;
  bool indented = false;
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// True for a short line that reads like a title: most longer words capitalized, no final
// sentence punctuation.
bool LooksLikeTitle(std::string_view s) {
  if (s.size() > 100 || s.empty()) return false;
  char last = s.back();
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '?') return false;
  if (!std::isupper(static_cast<unsigned char>(s[0])) && !std::isdigit(static_cast<unsigned char>(s[0]))) {
    return false;
  }
  int words = 0, capitalized = 0;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i - b > 3) {
      ++words;
      if (std::isupper(static_cast<unsigned char>(s[b])) || std::isdigit(static_cast<unsigned char>(s[b]))) ++capitalized;
    }
  }
  return words == 0 || capitalized * 10 >= words * 6;
}

// True iff the line holds cells apart by a tab or three spaces or more, no cell after a gap
// opening with a lower-case letter.
bool LaidOutInColumns(std::string_view s) {
  bool gap = false;
  for (size_t i = 0; i < s.size();) {
    if (s[i] != ' ' && s[i] != '\t') {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < s.size() && (s[end] == ' ' || s[end] == '\t')) ++end;
    if ((end - i >= 3 || s.substr(i, end - i).find('\t') != std::string_view::npos) && end < s.size()) {
      if (std::islower(static_cast<unsigned char>(s[end]))) return false;
      gap = true;
    }
    i = end;
  }
  return gap;
}

// "[...]", "...": where an excerpt leaves text out.
bool IsOmissionMarker(std::string_view line) { return line == "[...]" || line == "..." || line == "[\u2026]"; }

// The page number closing each page of an EDGAR filing ("16", "- 16 -", "Page 16", "F-3") and
// the "Table of Contents" (or "Index to Financial Statements") link atop the next: page
// furniture, never a section's heading.
bool IsPageFurniture(std::string_view line) {
  if (line.size() > 48) return false;
  std::string lower = subsidiary_cells::Lower(line);
  if (lower == "table of contents" || lower == "back to contents" || lower == "return to table of contents" ||
      lower == "back to table of contents" || lower == "index" || lower == "index to financial statements" ||
      lower == "index to consolidated financial statements") {
    return true;
  }
  std::string_view number = lower;
  if (number.starts_with("page ")) number.remove_prefix(5);
  if (number.starts_with("- ") && number.ends_with(" -")) number = number.substr(2, number.size() - 4);
  if (number.size() >= 3 && (number[0] == 'f' || number[0] == 'a' || number[0] == 's') && number[1] == '-') {
    number.remove_prefix(2);  // financial-statement and annex pages: "F-3", "A-12"
  }
  return !number.empty() && number.size() <= 4 &&
         std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Line Classify(std::string_view text, size_t b, size_t e) {
  Line line;
  line.indented = b < e && IsSpace(text[b]);
  while (b < e && IsSpace(text[b])) ++b;
  while (e > b && IsSpace(text[e - 1])) --e;
  line.begin = b;
  line.end = e;
  if (b == e) return line;
  std::string_view s = text.substr(b, e - b);
  if (IsOmissionMarker(s) || IsPageFurniture(s)) {
    line.kind = LineKind::kSkip;
    return line;
  }
  // A line of cells is a row even when it opens with '#' ("# of Shares | % of Class").
  if (s[0] == '#' && s.find(" | ") == std::string_view::npos) {
    while (line.begin < e && (text[line.begin] == '#' || text[line.begin] == ' ')) ++line.begin;
    line.kind = LineKind::kHeading;
    return line;
  }
  if (s.size() > 4 && s.substr(0, 2) == "**" && s.substr(s.size() - 2) == "**") {
    line.kind = LineKind::kHeading;
    return line;
  }
  if (s.size() > 2 && s[0] == '*' && s[1] != ' ' && s.back() == '*' && s.size() <= 200 &&
      s.find(". ") == std::string_view::npos) {
    line.kind = LineKind::kHeading;
    return line;
  }
  auto item_marker = [&](size_t len) {
    line.begin = b + len;
    while (line.begin < e && text[line.begin] == ' ') ++line.begin;
    line.kind = LineKind::kItem;
  };
  if ((s[0] == '-' || s[0] == '*') && s.size() > 1 && s[1] == ' ') {
    item_marker(2);
    return line;
  }
  if (s.substr(0, 3) == "\xE2\x80\xA2" || s.substr(0, 2) == "\xC2\xB7" ||
      s.substr(0, 3) == "\xE2\x80\x93") {
    item_marker(s[0] == '\xC2' ? 2 : 3);
    return line;
  }
  if (s[0] == '(' && s.size() > 4) {
    size_t close = s.find(')');
    if (close != std::string_view::npos && close <= 4 && close + 1 < s.size() && s[close + 1] == ' ') {
      item_marker(close + 2);
      return line;
    }
  }
  // A table row as the readers flatten it ("Name | Age | Position"): a unit of its own, never
  // joined to the lines around it, so no name runs from one row into the next.
  if (s.find(" | ") != std::string_view::npos) {
    line.kind = LineKind::kRow;
    return line;
  }
  // Plain text lays its tables out in columns: cells apart by a tab or three spaces or more
  // ("Acme Holdings LLC                Delaware"), each after a gap opening with no lower-case
  // letter (justified prose spreads its words, "the    company", but does not capitalize them).
  if (LaidOutInColumns(s)) {
    line.kind = LineKind::kRow;
    return line;
  }
  line.kind = LineKind::kText;
  return line;
}

std::string_view TrimLine(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '|' || s.front() == '*' || s.front() == '#')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '|' || s.back() == '*')) {
    s.remove_suffix(1);
  }
  return s;
}

// Items whose text is statements, exhibits or a summary rather than prose about the business.
bool IsNonProseItem(std::string_view item) {
  return ContainsNoCase(item, "financial statements") || ContainsNoCase(item, "exhibits") ||
         ContainsNoCase(item, "10-k summary");
}

bool IsSignaturesLine(std::string_view line) {
  line = TrimLine(line);
  return line.size() <= 12 && (ContainsNoCase(line, "signatures") || ContainsNoCase(line, "signature")) &&
         line.find(' ') == std::string_view::npos;
}

}  // namespace

std::string ItemHeading(std::string_view line) {
  line = TrimLine(line);
  if (line.size() < 6 || line.size() > 220) return "";
  if (!(line.starts_with("Item") || line.starts_with("ITEM")) || (line[4] != ' ' && line[4] != '\xC2')) return "";
  size_t i = 4;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\xC2' || line[i] == '\xA0')) ++i;
  size_t num_begin = i;
  while (i < line.size() && i - num_begin < 2 && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  if (i == num_begin) return "";
  std::string number(line.substr(num_begin, i - num_begin));
  if (i + 1 < line.size() && line[i] == '.' && std::isalpha(static_cast<unsigned char>(line[i + 1])) &&
      (i + 2 == line.size() || !std::isalpha(static_cast<unsigned char>(line[i + 2])))) {
    ++i;  // "Item 4.A"
  }
  if (i < line.size() && std::isalpha(static_cast<unsigned char>(line[i])) &&
      (i + 1 == line.size() || !std::isalpha(static_cast<unsigned char>(line[i + 1])))) {
    number.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(line[i]))));
    ++i;
  }
  // A separator, then the title.
  size_t sep = i;
  while (i < line.size() && (line[i] == '.' || line[i] == ':' || line[i] == ' ' || line[i] == '|' || line[i] == '-' ||
                             static_cast<unsigned char>(line[i]) >= 0x80)) {
    if (static_cast<unsigned char>(line[i]) >= 0x80 && !(line.substr(i, 3) == "\xE2\x80\x93" || line.substr(i, 3) == "\xE2\x80\x94" ||
                                                         line.substr(i, 2) == "\xC2\xA0")) {
      break;
    }
    ++i;
  }
  if (i == sep || i >= line.size()) return "";
  std::string_view title = line.substr(i);
  if (!std::isupper(static_cast<unsigned char>(title[0])) && title[0] != '[') return "";
  // A table-of-contents row ends in a page number; a reference runs on as a sentence.
  size_t last_bar = title.rfind(" | ");
  if (last_bar != std::string_view::npos) {
    std::string_view last = TrimLine(title.substr(last_bar + 3));
    if (!last.empty() && std::all_of(last.begin(), last.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-'; })) {
      return "";
    }
  }
  if (title.size() > 180 || title.find(". ") != std::string_view::npos) return "";
  std::string out = "Item " + number + ". ";
  for (size_t k = 0; k < title.size(); ++k) {
    if (title.substr(k, 3) == " | ") {
      out.push_back(' ');
      k += 2;
    } else {
      out.push_back(title[k]);
    }
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
  return out;
}

bool IntroducesTable(std::string_view sentence) {
  // Most sentences hold no "table" at all; look for the word before the phrases.
  if (sentence.find("able") == std::string_view::npos) return false;
  return ContainsNoCase(sentence, "following table") || ContainsNoCase(sentence, "table below") ||
         ContainsNoCase(sentence, "table that follows");
}

std::string SectionPath(const Segmentation& seg, const TextUnit& u) {
  std::string item = u.item >= 0 ? seg.items[u.item] : "";
  std::string heading = u.section >= 0 ? seg.sections[u.section] : "";
  if (item.empty() || heading.empty() || heading == item) return item.empty() ? heading : item;
  return item + " > " + heading;
}

namespace {

// Table rows of at most this many bytes are one unit, never split into sentences.
constexpr size_t kMaxWholeRowBytes = 400;

// Lines of at most this many bytes between a table's introduction and its rows are captions.
constexpr size_t kMaxCaptionBytes = 80;

// True iff the paragraph opens with a short capitalized head and a colon ("MGA:", "National
// Specialty Lines, Inc. ("NSL"):", "Consumer Health:") rather than with a sentence.
bool OpensWithHead(std::string_view block) {
  size_t colon = block.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 90) return false;
  if (colon + 1 < block.size() && block[colon + 1] != ' ') return false;
  if (!std::isupper(static_cast<unsigned char>(block[0]))) return false;
  std::string_view head = block.substr(0, colon);
  int words = 1;
  for (size_t i = 0; i < head.size(); ++i) {
    if (head[i] == ' ') ++words;
    // A sentence ends inside: "Acme Inc. Its products:" is no head.
    if (head[i] == '.' && i + 2 < head.size() && head[i + 1] == ' ' && std::isupper(static_cast<unsigned char>(head[i + 2])) &&
        !(i >= 3 && (head.substr(i - 3, 3) == "Inc" || head.substr(i - 2, 2) == "Co"))) {
      return false;
    }
  }
  return words <= 10;
}

class Builder {
 public:
  explicit Builder(std::string_view text) : text_(text) {}

  Segmentation Run() {
    seg_.norm.Reserve(text_.size() + 16);
    std::vector<Line> lines;
    size_t pos = 0;
    while (pos < text_.size()) {
      size_t nl = text_.find('\n', pos);
      if (nl == std::string_view::npos) nl = text_.size();
      lines.push_back(Classify(text_, pos, nl));
      pos = nl + 1;
    }
    SkipRunningHeads(lines);
    // Item headings (of whole filings) are headings whatever their layout; before the first of
    // them lie the cover page and the table of contents.
    std::vector<std::string> item_of_line(lines.size());
    bool cover_seen = false;  // a cover page's caption before the first item heading
    bool item_seen = false;
    for (size_t i = 0; i < lines.size(); ++i) {
      Line& l = lines[i];
      if (l.kind == LineKind::kBlank || l.kind == LineKind::kSkip) continue;
      std::string_view s = text_.substr(l.begin, l.end - l.begin);
      if (!item_seen && (ContainsNoCase(s, "exact name of registrant") || ContainsNoCase(s, "commission file number"))) {
        cover_seen = true;
      }
      if (s.size() > 240) continue;
      item_of_line[i] = ItemHeading(s);
      if (!item_of_line[i].empty()) {
        l.kind = LineKind::kHeading;
        item_seen = true;
      }
    }
    // A whole filing: what precedes its first item is the cover page and table of contents.
    if (item_seen && cover_seen) item_prose_ = false;
    for (size_t i = 0; i < lines.size(); ++i) {
      Line& l = lines[i];
      if (l.kind == LineKind::kText) {
        bool alone = (i == 0 || lines[i - 1].kind == LineKind::kBlank) &&
                     (i + 1 == lines.size() || lines[i + 1].kind == LineKind::kBlank);
        if ((alone || HeadsAParagraph(lines, i)) && LooksLikeTitle(text_.substr(l.begin, l.end - l.begin))) {
          l.kind = LineKind::kHeading;
        }
      }
    }
    size_t i = 0;
    while (i < lines.size()) {
      const Line& l = lines[i];
      if (l.kind == LineKind::kBlank || l.kind == LineKind::kSkip) {
        ++i;
        continue;
      }
      if (l.kind == LineKind::kHeading) {
        if (!item_of_line[i].empty()) {
          seg_.items.push_back(item_of_line[i]);
          item_ = static_cast<std::int32_t>(seg_.items.size() - 1);
          item_prose_ = !IsNonProseItem(item_of_line[i]);
          Heading(l, item_of_line[i]);
        } else {
          if (IsSignaturesLine(text_.substr(l.begin, l.end - l.begin))) item_prose_ = false;
          Heading(l);
        }
        ++i;
        continue;
      }
      // A block: the first line plus following text lines (continuations); a row stands alone.
      std::vector<size_t> members{i};
      size_t j = i + 1;
      while (true) {
        while (l.kind != LineKind::kRow && j < lines.size() && lines[j].kind == LineKind::kText &&
               (l.kind == LineKind::kText || lines[j].indented)) {
          members.push_back(j++);
        }
        if (l.kind == LineKind::kRow) break;
        size_t resumes = ContinuesAfterPageBreak(lines, members.back(), j);
        if (resumes == 0) break;
        members.push_back(resumes);
        j = resumes + 1;
      }
      Block(lines, members, l.kind == LineKind::kItem || l.kind == LineKind::kRow, l.kind == LineKind::kRow);
      i = j;
    }
    return std::move(seg_);
  }

 private:
  // A running head or foot: the same short words with a page number at one end, on three
  // pages or more ("2 The Procter & Gamble Company", "2025 FORM 10-K 3"). The
  // numbers must differ (pages), so a heading repeated with its years ("Fiscal 2024 Compared
  // to Fiscal 2023") stays a heading. Marks such lines skipped.
  void SkipRunningHeads(std::vector<Line>& lines) {
    constexpr size_t kMaxRunningHeadBytes = 80;
    struct Seen {
      int lines = 0;
      std::unordered_set<std::string> numbers;
    };
    auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    // The line without its leading or trailing page number, and that number; empty when the
    // line has none or too few words besides.
    auto split = [&](const Line& l, std::string* number) -> std::string {
      std::string_view s = text_.substr(l.begin, l.end - l.begin);
      if (s.size() > kMaxRunningHeadBytes || s.size() < 4 || s.find(" | ") != std::string_view::npos) return "";
      size_t lead = 0;
      while (lead < s.size() && is_digit(s[lead])) ++lead;
      size_t trail = s.size();
      while (trail > lead && is_digit(s[trail - 1])) --trail;
      std::string_view rest;
      if (lead > 0 && lead <= 4 && lead < s.size() && s[lead] == ' ') {
        *number = std::string(s.substr(0, lead));
        rest = s.substr(lead + 1);
      } else if (trail < s.size() && s.size() - trail <= 4 && trail > 0 && s[trail - 1] == ' ') {
        *number = std::string(s.substr(trail));
        rest = s.substr(0, trail - 1);
      } else {
        return "";
      }
      if (std::count(rest.begin(), rest.end(), ' ') < 1) return "";
      return std::string(rest);
    };
    std::unordered_map<std::string, Seen> seen;
    for (const Line& l : lines) {
      if (l.kind == LineKind::kBlank || l.kind == LineKind::kSkip) continue;
      std::string number;
      std::string rest = split(l, &number);
      if (rest.empty()) continue;
      Seen& entry = seen[rest];
      ++entry.lines;
      entry.numbers.insert(std::move(number));
    }
    auto running = [](const Seen& entry) { return entry.lines >= 3 && entry.numbers.size() >= 3; };
    for (Line& l : lines) {
      if (l.kind == LineKind::kBlank || l.kind == LineKind::kSkip) continue;
      std::string number;
      std::string rest = split(l, &number);
      if (!rest.empty() && running(seen[rest])) l.kind = LineKind::kSkip;
    }
    std::vector<std::pair<int, std::string>> heads;
    for (const auto& [rest, entry] : seen) {
      if (running(entry)) heads.emplace_back(-entry.lines, rest);
    }
    std::sort(heads.begin(), heads.end());
    for (auto& [pages, rest] : heads) seg_.running_heads.push_back(std::move(rest));
  }

  // In text with one paragraph per line and no blank lines between, a heading is a short line
  // between a finished sentence (or the start, or another heading) and a paragraph: "...
  // approximately 138,100 employees.\nGeneral\nWalmart Inc. ("Walmart") is ...". The paragraph
  // after it is long or ends a sentence, so lines of a list of names ("Acme Asia LLC\nAcme
  // Canada Inc.") and hard-wrapped prose (whose lines run on) stay text. Headings may stack
  // ("Defense, Space & Security\nBusiness Environment and Trends\nOverview\nThe ..."): up to
  // kMaxStackedHeadings title lines before the paragraph, after a finished sentence but not
  // after a colon, which introduces a list rather than a section.
  bool HeadsAParagraph(const std::vector<Line>& lines, size_t i) const {
    constexpr size_t kMaxStackedHeadings = 3;
    if (!IsShortTitleLine(lines[i])) return false;
    size_t paragraph = i + 1;
    while (paragraph < lines.size() && paragraph - i < kMaxStackedHeadings && IsShortTitleLine(lines[paragraph])) {
      ++paragraph;
    }
    if (paragraph >= lines.size()) return false;
    bool stacked = paragraph > i + 1;
    size_t prev = i;  // the line before, page furniture passed over
    while (prev > 0 && lines[prev - 1].kind == LineKind::kSkip) --prev;
    bool after_colon = false;
    if (prev > 0 && lines[prev - 1].kind != LineKind::kBlank && lines[prev - 1].kind != LineKind::kHeading) {
      if (lines[prev - 1].kind != LineKind::kText) return false;
      char end = text_[lines[prev - 1].end - 1];
      if (end != '.' && end != ':' && end != '?' && end != '!' && end != '"') return false;
      after_colon = end == ':';
    }
    // After a colon a list may follow, of names in title case: the next line must be a
    // sentence, and headings do not stack there.
    if (after_colon && stacked) return false;
    return IsParagraphLine(lines[paragraph], stacked || after_colon);
  }

  static constexpr size_t kMaxHeadingBytes = 60;

  bool IsShortTitleLine(const Line& l) const {
    return l.kind == LineKind::kText && l.end - l.begin <= kMaxHeadingBytes &&
           LooksLikeTitle(text_.substr(l.begin, l.end - l.begin));
  }

  // A line that reads as a paragraph's text: capitalized, no title, long or ending a sentence.
  // `sentence_only`: it also has words in lower case (a sentence's verbs), which a listed
  // name ending a list of them ("Velora Asia LLC\nVelora Canada Inc.") has not.
  bool IsParagraphLine(const Line& l, bool sentence_only) const {
    if (l.kind != LineKind::kText) return false;
    std::string_view body = text_.substr(l.begin, l.end - l.begin);
    if (!std::isupper(static_cast<unsigned char>(body[0])) || LooksLikeTitle(body)) return false;
    int lower_words = 0;
    for (size_t i = 1; i < body.size() && lower_words < 2; ++i) {
      lower_words += body[i - 1] == ' ' && std::islower(static_cast<unsigned char>(body[i])) ? 1 : 0;
    }
    if (sentence_only && lower_words < 2) return false;
    char body_end = body.back();
    return body.size() > 2 * kMaxHeadingBytes || body_end == '.' || body_end == ':' || body_end == '?';
  }

  // `title`: the section's name when it is not the line as written (an item heading).
  void Heading(const Line& l, const std::string& title = "") {
    size_t start = seg_.norm.text().size();
    seg_.norm.Append(text_.substr(l.begin, l.end - l.begin), l.begin);
    size_t end = seg_.norm.text().size();
    while (end > start && seg_.norm.text()[end - 1] == ' ') --end;
    if (end > start) {
      if (title.empty()) {
        seg_.sections.emplace_back(seg_.norm.text().substr(start, end - start));
      } else {
        seg_.sections.push_back(title);
      }
      TextUnit u;
      u.begin = static_cast<std::uint32_t>(start);
      u.end = static_cast<std::uint32_t>(end);
      u.section = static_cast<std::int32_t>(seg_.sections.size() - 1);
      u.heading = true;
      u.item = item_;
      u.prose = item_prose_;
      seg_.units.push_back(u);
    }
    seg_.norm.AppendSeparator('\n', l.end);
    lead_in_ = -1;
    last_sentence_ = -1;
  }

  // True iff unit `u` ends with ':' ("Our competitors include the following:").
  bool EndsWithColon(std::int32_t u) const {
    if (u < 0) return false;
    std::string_view t = seg_.norm.text();
    size_t e = seg_.units[u].end;
    while (e > seg_.units[u].begin && t[e - 1] == ' ') --e;
    return e > seg_.units[u].begin && t[e - 1] == ':';
  }

  // A plain-text row laid out in columns, its cells joined by " | " as the readers of tables
  // expect (the gap between two cells becomes the separator).
  void AppendColumns(std::string_view line, size_t origin) {
    size_t cell = 0;
    for (size_t i = 0; i < line.size();) {
      bool tab = line[i] == '\t';
      size_t gap_end = i;
      while (gap_end < line.size() && (line[gap_end] == ' ' || line[gap_end] == '\t')) ++gap_end;
      if (tab || gap_end - i >= 3) {
        seg_.norm.Append(line.substr(cell, i - cell), origin + cell);
        seg_.norm.Append(" | ", origin + i);
        cell = i = gap_end;
        continue;
      }
      i = gap_end > i ? gap_end : i + 1;
    }
    seg_.norm.Append(line.substr(cell), origin + cell);
  }

  // `row`: a table row, introduced only by a sentence ending in ':' (the sentence before a
  // subsidiary or financial table usually says nothing about each of its rows).
  // A paragraph broken by a page (its number, the running head, the contents link between):
  // the index of the text line that resumes the paragraph whose last line is `last`, looking
  // from `next`; 0 when none does. The paragraph must stop mid-sentence and the resuming line
  // start in lower case, and page furniture must lie between (an omission marker is none).
  size_t ContinuesAfterPageBreak(const std::vector<Line>& lines, size_t last, size_t next) const {
    std::string_view tail = text_.substr(lines[last].begin, lines[last].end - lines[last].begin);
    if (tail.empty() || std::string_view(".:;?!\"')").find(tail.back()) != std::string_view::npos) return 0;
    if (tail.ends_with("\u201d") || tail.ends_with("\u2019")) return 0;
    bool furniture = false;
    size_t k = next;
    for (; k < lines.size() && (lines[k].kind == LineKind::kBlank || lines[k].kind == LineKind::kSkip); ++k) {
      std::string_view s = text_.substr(lines[k].begin, lines[k].end - lines[k].begin);
      if (IsOmissionMarker(s)) return 0;
      furniture |= lines[k].kind == LineKind::kSkip;
    }
    if (!furniture || k >= lines.size() || lines[k].kind != LineKind::kText) return 0;
    return std::islower(static_cast<unsigned char>(text_[lines[k].begin])) ? k : 0;
  }

  void Block(const std::vector<Line>& lines, const std::vector<size_t>& members, bool item, bool row = false) {
    size_t start = seg_.norm.text().size();
    for (size_t k : members) {
      if (k != members.front()) seg_.norm.Append(" ", lines[k].begin);
      std::string_view line = text_.substr(lines[k].begin, lines[k].end - lines[k].begin);
      if (row && line.find(" | ") == std::string_view::npos) {
        AppendColumns(line, lines[k].begin);
      } else {
        seg_.norm.Append(line, lines[k].begin);
      }
    }
    size_t end = seg_.norm.text().size();
    std::string_view block = std::string_view(seg_.norm.text()).substr(start, end - start);
    // Paragraphs headed "Name:" after a sentence ending in ':' are the items it introduces
    // ("... two agency subsidiaries, as follows:" then "MGA Agency, Inc. ("MGA Agency"): MGA
    // Agency provides ...").
    if (!item && definitions_lead_ >= 0 && OpensWithHead(block)) {
      item = true;
      lead_in_ = definitions_lead_;
    } else if (!item) {
      definitions_lead_ = -1;
    }
    if (row && lead_in_ < 0 && table_lead_ >= 0) lead_in_ = table_lead_;
    if (item && lead_in_ < 0 && (!row || EndsWithColon(last_sentence_))) lead_in_ = last_sentence_;
    if (!item) lead_in_ = -1;
    // A paragraph ends the table a sentence introduced; captions ("(Amounts in thousands)",
    // "As of December 31, 2009") between the two do not.
    if (!item && end - start > kMaxCaptionBytes) table_lead_ = -1;
    bool first = true;
    // A short table row is one unit however its cells end ("Acme Bank, Ltd. (Trust account) |
    // 5.2"); a long one holds prose (a biography in a cell) and splits into its sentences.
    std::vector<std::pair<size_t, size_t>> pieces =
        row && block.size() <= kMaxWholeRowBytes ? std::vector<std::pair<size_t, size_t>>{{0, block.size()}}
                                                 : SplitSentences(block);
    for (auto [b, e] : pieces) {
      TextUnit u;
      u.begin = static_cast<std::uint32_t>(start + b);
      u.end = static_cast<std::uint32_t>(start + e);
      u.section = seg_.sections.empty() ? -1 : static_cast<std::int32_t>(seg_.sections.size() - 1);
      u.list_item = item;
      u.table_row = row;
      u.item = item_;
      u.prose = item_prose_;
      if (item && (first || !row)) u.lead_in = lead_in_;
      u.later_sentence = item && !first;
      first = false;
      seg_.units.push_back(u);
      if (!item) {
        last_sentence_ = static_cast<std::int32_t>(seg_.units.size() - 1);
        if (IntroducesTable(block.substr(b, e - b))) table_lead_ = last_sentence_;
      }
    }
    if (!item && EndsWithColon(last_sentence_)) definitions_lead_ = last_sentence_;
    seg_.norm.AppendSeparator('\n', lines[members.back()].end);
  }

  std::string_view text_;
  Segmentation seg_;
  std::int32_t item_ = -1;           // current item, -1 before the first
  bool item_prose_ = true;           // whether units of the current part feed prose rules
  std::int32_t lead_in_ = -1;        // lead-in of the current list
  std::int32_t last_sentence_ = -1;  // last paragraph sentence seen
  std::int32_t table_lead_ = -1;     // last sentence introducing a table ("The following table")
  std::int32_t definitions_lead_ = -1;  // sentence ending in ':' over "Name: ..." paragraphs
};

}  // namespace

Segmentation SegmentDocument(std::string_view text) { return Builder(text).Run(); }

}  // namespace corpgraph
