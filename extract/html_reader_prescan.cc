#include "extract/html_reader_prescan.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>
#include <unordered_map>
#include <vector>

namespace corpgraph {
namespace {

bool OneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool IsVoid(std::string_view name) {
  return OneOf(name, {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr",
                      "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"});
}

// Elements whose content is text, not tags.
bool IsRawText(std::string_view name) {
  return OneOf(name, {"script", "style", "textarea", "title", "xmp", "noembed", "noframes"});
}

// Block elements whose start tag closes an open paragraph.
bool ClosesParagraph(std::string_view name) {
  return OneOf(name, {"address",  "article", "aside",  "blockquote", "center", "div",  "dl",
                      "fieldset", "figure",  "footer", "form",       "h1",     "h2",   "h3",
                      "h4",       "h5",      "h6",     "header",     "hr",     "main", "nav",
                      "ol",       "p",       "pre",    "section",    "table",  "ul"});
}

size_t FindNoCase(std::string_view s, std::string_view lower_needle, size_t from) {
  for (size_t i = from; i + lower_needle.size() <= s.size(); ++i) {
    size_t k = 0;
    while (k < lower_needle.size() &&
           std::tolower(static_cast<unsigned char>(s[i + k])) == lower_needle[k])
      ++k;
    if (k == lower_needle.size()) return i;
  }
  return std::string_view::npos;
}

bool IsFormatting(std::string_view name) {
  return OneOf(name, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike",
                      "strong", "tt", "u"});
}

// The stack of open elements, with a count per name so that "is one open?" is O(1) and every
// pop is paid for by its push.
class OpenElements {
 public:
  int depth() const { return static_cast<int>(stack_.size()); }
  bool IsOpen(const std::string& name) const {
    auto it = count_.find(name);
    return it != count_.end() && it->second > 0;
  }
  void Push(const std::string& name) {
    stack_.push_back(name);
    ++count_[name];
  }
  // Pops up to and including the innermost element named `name`, if one is open. End tags for
  // the formatting elements popped on the way (innermost first) are appended to
  // `*missing_end_tags`.
  void CloseThrough(const std::string& name, std::string* missing_end_tags) {
    if (!IsOpen(name)) return;
    for (;;) {
      std::string top = std::move(stack_.back());
      stack_.pop_back();
      --count_[top];
      if (top == name) return;
      if (missing_end_tags != nullptr && IsFormatting(top)) *missing_end_tags += "</" + top + ">";
    }
  }

 private:
  std::vector<std::string> stack_;
  std::unordered_map<std::string, int> count_;
};

}  // namespace

std::size_t HtmlPrescan::OriginalOffset(std::size_t pos) const {
  auto after = std::upper_bound(insertions.begin(), insertions.end(), pos,
                                [](std::size_t p, const Insertion& ins) { return p < ins.begin; });
  if (after == insertions.begin()) return pos;
  const Insertion& last = *(after - 1);  // the last insertion beginning at or before `pos`
  return pos - last.before - std::min(last.length, pos - last.begin);
}

HtmlPrescan PrescanHtml(std::string_view html) {
  HtmlPrescan scan;
  OpenElements open;
  std::string name;
  std::string missing;     // end tags to insert before the current tag
  std::size_t copied = 0;  // html[0, copied) is already in scan.repaired
  auto insert_before = [&](std::size_t at) {
    if (missing.empty()) return;
    scan.repaired.append(html.substr(copied, at - copied));
    std::size_t before =
        scan.insertions.empty() ? 0 : scan.insertions.back().before + scan.insertions.back().length;
    scan.insertions.push_back({scan.repaired.size(), missing.size(), before});
    scan.repaired += missing;
    copied = at;
    missing.clear();
  };
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      std::size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const std::size_t tag_begin = i;
    bool closing = i + 1 < html.size() && html[i + 1] == '/';
    std::size_t j = i + (closing ? 2 : 1);
    name.clear();
    while (j < html.size() && (std::isalnum(static_cast<unsigned char>(html[j])) ||
                               html[j] == ':' || html[j] == '-' || html[j] == '_')) {
      name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(html[j]))));
      ++j;
    }
    std::size_t gt = html.find('>', j);
    if (gt == std::string_view::npos) break;
    i = gt + 1;
    if (name.empty() || IsVoid(name)) continue;
    if (closing) {
      open.CloseThrough(name, IsFormatting(name) ? nullptr : &missing);
      insert_before(tag_begin);
      continue;
    }
    if (html[gt - 1] == '/') continue;  // self-closed (XHTML)
    if (ClosesParagraph(name)) open.CloseThrough("p", &missing);
    if (name == "li" || name == "option" || name == "tr") open.CloseThrough(name, &missing);
    if (name == "dd" || name == "dt") {
      open.CloseThrough("dd", &missing);
      open.CloseThrough("dt", &missing);
    }
    if (name == "td" || name == "th") {
      open.CloseThrough("td", &missing);
      open.CloseThrough("th", &missing);
    }
    insert_before(tag_begin);
    if (IsRawText(name)) {  // its content holds no tags: skip to the end tag
      std::size_t end = FindNoCase(html, "</" + name, i);
      if (end == std::string_view::npos) break;
      i = end;
      continue;
    }
    open.Push(name);
    scan.max_depth = std::max(scan.max_depth, open.depth());
  }
  if (!scan.insertions.empty()) scan.repaired.append(html.substr(copied));
  return scan;
}

}  // namespace corpgraph
