#include "extract/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "extract/html_reader_prescan.h"

namespace corpgraph {
namespace {

bool IsHtmlSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

size_t FindNoCase(std::string_view s, std::string_view needle, size_t from) {
  for (size_t i = s.find(needle[0], from); i != std::string_view::npos;
       i = s.find(needle[0], i + 1)) {
    if (StartsWithNoCase(s.substr(i), needle)) return i;
  }
  return std::string_view::npos;
}

// Whether raw[r] == '<' opens a tag, end tag, comment or processing instruction.
bool IsTagStart(std::string_view raw, size_t r) {
  if (r + 1 >= raw.size()) return false;
  unsigned char next = static_cast<unsigned char>(raw[r + 1]);
  if (std::isalpha(next) || next == '!' || next == '?') return true;
  return next == '/' && r + 2 < raw.size() && std::isalpha(static_cast<unsigned char>(raw[r + 2]));
}

// Length of the UTF-8 sequence whose lead byte is `c` (1 for stray bytes).
size_t Utf8Length(unsigned char c) { return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

// End of the character reference starting at raw[r] == '&': "&name;", "&#123;", "&#x1F;",
// the ';' being optional. r + 1 when nothing reference-shaped follows.
size_t ReferenceEnd(std::string_view raw, size_t r) {
  size_t e = r + 1;
  if (e < raw.size() && raw[e] == '#') {
    ++e;
    bool hex = e < raw.size() && (raw[e] == 'x' || raw[e] == 'X');
    if (hex) ++e;
    while (e < raw.size() && (hex ? std::isxdigit(static_cast<unsigned char>(raw[e]))
                                  : std::isdigit(static_cast<unsigned char>(raw[e])))) {
      ++e;
    }
  } else {
    while (e < raw.size() && std::isalnum(static_cast<unsigned char>(raw[e]))) ++e;
  }
  if (e < raw.size() && raw[e] == ';') ++e;
  return e;
}

// Walks the rendered part of a gumbo tree and appends lines of text to a DocumentText.
class Flattener {
 public:
  // `html` is what gumbo parsed: the original, or `scan.repaired` when that is not empty.
  Flattener(std::string_view html, const HtmlPrescan& scan, std::size_t original_size,
            std::uint64_t base, DocumentText& out)
      : html_(html), scan_(scan), original_size_(original_size), base_(base), out_(out) {}

  void Run(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      unsigned next_child;
    };
    std::vector<Frame> stack;  // explicit stack: no recursion whatever the nesting
    if (Enter(root)) stack.push_back({root, 0});
    while (!stack.empty()) {
      Frame& top = stack.back();
      const GumboVector* children = Children(top.node);
      if (children == nullptr || top.next_child >= children->length) {
        Exit(top.node);
        stack.pop_back();
        continue;
      }
      auto* child = static_cast<const GumboNode*>(children->data[top.next_child++]);
      if (Enter(child)) stack.push_back({child, 0});
    }
  }

 private:
  static const GumboVector* Children(const GumboNode* node) {
    if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
      return &node->v.element.children;
    return nullptr;
  }

  static bool IsHidden(const GumboElement& e) {
    switch (e.tag) {
      case GUMBO_TAG_SCRIPT:
      case GUMBO_TAG_STYLE:
      case GUMBO_TAG_HEAD:
      case GUMBO_TAG_NOSCRIPT:
      case GUMBO_TAG_TEMPLATE:
      case GUMBO_TAG_TITLE:
      case GUMBO_TAG_IFRAME:
      case GUMBO_TAG_OBJECT:
        return true;
      default:
        break;
    }
    if (e.tag == GUMBO_TAG_UNKNOWN) {
      GumboStringPiece tag = e.original_tag;
      gumbo_tag_from_original_text(&tag);
      if (StartsWithNoCase(std::string_view(tag.data, tag.length), "ix:header")) return true;
    }
    if (const GumboAttribute* style = gumbo_get_attribute(&e.attributes, "style")) {
      std::string compact;
      for (const char* p = style->value; *p != '\0'; ++p) {
        if (!IsHtmlSpace(static_cast<unsigned char>(*p)))
          compact.push_back(static_cast<char>(std::tolower(*p)));
      }
      if (compact.find("display:none") != std::string::npos) return true;
    }
    return false;
  }

  // 0: inline, 1: ends a line, 2: ends a paragraph.
  static int BreakLevel(GumboTag tag) {
    switch (tag) {
      case GUMBO_TAG_BR:
      case GUMBO_TAG_LI:
      case GUMBO_TAG_DT:
      case GUMBO_TAG_DD:
      case GUMBO_TAG_TR:
      case GUMBO_TAG_OPTION:
        return 1;
      case GUMBO_TAG_P:
      case GUMBO_TAG_DIV:
      case GUMBO_TAG_H1:
      case GUMBO_TAG_H2:
      case GUMBO_TAG_H3:
      case GUMBO_TAG_H4:
      case GUMBO_TAG_H5:
      case GUMBO_TAG_H6:
      case GUMBO_TAG_TABLE:
      case GUMBO_TAG_UL:
      case GUMBO_TAG_OL:
      case GUMBO_TAG_DL:
      case GUMBO_TAG_BLOCKQUOTE:
      case GUMBO_TAG_PRE:
      case GUMBO_TAG_SECTION:
      case GUMBO_TAG_ARTICLE:
      case GUMBO_TAG_HEADER:
      case GUMBO_TAG_FOOTER:
      case GUMBO_TAG_CENTER:
      case GUMBO_TAG_HR:
      case GUMBO_TAG_ADDRESS:
      case GUMBO_TAG_FORM:
      case GUMBO_TAG_CAPTION:
      case GUMBO_TAG_FIGURE:
      case GUMBO_TAG_MAIN:
      case GUMBO_TAG_NAV:
      case GUMBO_TAG_ASIDE:
      case GUMBO_TAG_BODY:
        return 2;
      default:
        return 0;
    }
  }

  static std::uint64_t StartOf(const GumboNode* node) {
    return node->type == GUMBO_NODE_ELEMENT ? node->v.element.start_pos.offset : 0;
  }

  // Returns whether to descend into the node's children.
  bool Enter(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT:
        return true;
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
        Text(node->v.text);
        return false;
      case GUMBO_NODE_WHITESPACE:
        if (pre_depth_ > 0) {
          Text(node->v.text);
        } else {
          RequestSpace(node->v.text.start_pos.offset);
        }
        return false;
      case GUMBO_NODE_COMMENT:
        return false;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
    }
    const GumboElement& e = node->v.element;
    if (e.tag == GUMBO_TAG_UNKNOWN && out_.registrant.empty()) NoteRegistrantFact(e);
    if (IsHidden(e)) return false;
    if (e.tag == GUMBO_TAG_PRE || e.tag == GUMBO_TAG_LISTING || e.tag == GUMBO_TAG_PLAINTEXT) {
      ++pre_depth_;
    }
    if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) {
      if (line_has_text_ && cell_depth_ == 0) {
        pending_sep_ = true;
        sep_at_ = e.start_pos.offset;
      }
      ++cell_depth_;
    } else if (int level = BreakLevel(e.tag)) {
      RequestBreak(level, e.start_pos.offset);
    }
    return true;
  }

  // The inline-XBRL fact naming the registrant (<ix:nonNumeric name="dei:EntityRegistrantName">)
  // fills DocumentText::registrant with its text, whitespace collapsed.
  void NoteRegistrantFact(const GumboElement& e) {
    const GumboAttribute* name = gumbo_get_attribute(&e.attributes, "name");
    if (name == nullptr || std::string_view(name->value) != "dei:EntityRegistrantName") return;
    std::string text;
    CollectText(e, text);
    std::string collapsed;
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      bool space = IsHtmlSpace(static_cast<unsigned char>(c));
      if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {  // U+00A0 no-break space
        space = true;
        ++i;
      }
      if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
      collapsed.push_back(space ? ' ' : c);
    }
    while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    if (collapsed.size() <= kMaxRegistrantBytes) out_.registrant = std::move(collapsed);
  }

  static void CollectText(const GumboElement& e, std::string& text) {
    for (unsigned i = 0; i < e.children.length && text.size() <= kMaxRegistrantBytes; ++i) {
      const GumboNode* child = static_cast<const GumboNode*>(e.children.data[i]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) {
        text += child->v.text.text;
      } else if (child->type == GUMBO_NODE_ELEMENT) {
        CollectText(child->v.element, text);
      }
    }
  }

  static constexpr size_t kMaxRegistrantBytes = 200;

  void Exit(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
    const GumboElement& e = node->v.element;
    if (e.tag == GUMBO_TAG_PRE || e.tag == GUMBO_TAG_LISTING || e.tag == GUMBO_TAG_PLAINTEXT) {
      --pre_depth_;
    }
    if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) {
      --cell_depth_;
    } else if (int level = BreakLevel(e.tag); level > 0 && e.tag != GUMBO_TAG_BR) {
      RequestBreak(level, e.end_pos.offset > 0 ? e.end_pos.offset : StartOf(node));
    }
  }

  void RequestBreak(int level, std::uint64_t at) {
    if (cell_depth_ > 0) {
      RequestSpace(at);
      return;
    }
    if (level > pending_break_) {
      pending_break_ = level;
      break_at_ = at;
    }
    pending_sep_ = false;
    pending_space_ = false;
  }

  void RequestSpace(std::uint64_t at) {
    if (!pending_space_) space_at_ = at;
    pending_space_ = true;
  }

  // Offset in the original HTML of parsed offset `at`, moved back so that `len` bytes from it
  // stay inside the original (separators placed at an element's end may sit at the very end).
  std::uint64_t Source(std::uint64_t at, std::uint64_t len) const {
    if (!scan_.repaired.empty()) at = scan_.OriginalOffset(at);
    std::uint64_t room = original_size_ > len ? original_size_ - len : 0;
    return at < room ? at : room;
  }

  // Appends pending separators, then `piece` (taken from parsed offset `at` on).
  void Emit(std::string_view piece, std::uint64_t at) {
    if (piece.empty()) return;
    if (pending_break_ > 0 && !out_.text.empty()) {
      int have = 0;
      for (size_t i = out_.text.size(); i > 0 && have < 2 && out_.text[i - 1] == '\n'; --i) ++have;
      if (pending_break_ > have) {
        std::string_view breaks("\n\n", pending_break_ - have);
        out_.Append(breaks, base_ + Source(break_at_, breaks.size()));
      }
      line_has_text_ = false;
    } else if (pending_sep_ && line_has_text_) {
      out_.Append(" | ", base_ + Source(sep_at_, 3));
    } else if (pending_space_ && line_has_text_) {
      out_.Append(" ", base_ + Source(space_at_, 1));
    }
    pending_break_ = 0;
    pending_sep_ = false;
    pending_space_ = false;
    out_.Append(piece, base_ + Source(at, piece.size()));
    line_has_text_ = true;
  }

  // Emits a text node, decoded by gumbo, mapping each byte back into its raw source.
  void Text(const GumboText& t) {
    std::string_view dec(t.text);
    std::string_view raw(t.original_text.data, t.original_text.length);
    std::uint64_t start = t.start_pos.offset;
    if (raw.data() >= html_.data() && raw.data() + raw.size() <= html_.data() + html_.size()) {
      start = static_cast<std::uint64_t>(raw.data() - html_.data());
    } else {
      raw = {};  // raw text not inside the buffer: map approximately
    }
    size_t r = 0, d = 0;
    size_t seg_d = 0, seg_r = 0, seg_len = 0;  // pending literal segment
    auto flush = [&] {
      if (seg_len > 0) Emit(dec.substr(seg_d, seg_len), start + seg_r);
      seg_len = 0;
    };
    auto literal = [&](size_t len) {  // dec[d, d+len) == raw[r, r+len)
      if (seg_len == 0 || seg_d + seg_len != d || seg_r + seg_len != r) {
        flush();
        seg_d = d;
        seg_r = r;
      }
      seg_len += len;
      d += len;
      r += len;
    };
    while (d < dec.size()) {
      unsigned char c = static_cast<unsigned char>(dec[d]);
      if (r >= raw.size()) {  // lost alignment: the rest maps to the node's last raw byte
        flush();
        std::string_view rest = dec.substr(d);
        EmitCollapsed(rest, start + (raw.empty() ? 0 : raw.size() - 1));
        return;
      }
      if (raw[r] == '\r') {
        if (r + 1 < raw.size() && raw[r + 1] == '\n') {
          ++r;
          continue;
        }
        flush();
        RequestSpace(start + r);
        ++d;
        ++r;
        continue;
      }
      if (raw[r] == '&') {
        size_t e = ReferenceEnd(raw, r);
        if (dec.substr(d, e - r) != raw.substr(r, e - r)) {  // a decoded reference
          size_t len = ReferenceLength(raw, dec, r, d, e);
          flush();
          std::string_view unit = dec.substr(d, len);
          if (unit == "\xC2\xA0" || (unit.size() == 1 && IsHtmlSpace(unit[0]))) {
            RequestSpace(start + r);
          } else {
            Emit(unit, start + r);
          }
          d += len;
          r = e;
          continue;
        }
        literal(e - r);
        continue;
      }
      if (raw[r] == '<' && IsTagStart(raw, r)) {
        // A tag the parser dropped inside merged text ("a</td>b" outside a table), unless the
        // text holds it literally (<textarea>, <title>).
        size_t gt = raw.find('>', r);
        size_t tag_len = gt == std::string_view::npos ? raw.size() - r : gt + 1 - r;
        if (dec.substr(d, tag_len) != raw.substr(r, tag_len)) {
          flush();
          r += tag_len;
          continue;
        }
      }
      if (raw[r] != dec[d] && raw[r] == '\n' && (r == 0 || (r == 1 && raw[0] == '\r'))) {
        ++r;  // the parser drops the line end right after <pre>
        continue;
      }
      if (raw[r] != dec[d]) {
        // The parser merged text around something it dropped (a stray tag): skip the tag, or
        // find where the decoded text resumes in the raw text; else the rest maps approximately.
        if (dec.substr(d, 3) == "\xEF\xBF\xBD" && raw[r] != '<') {
          // The parser replaced a control character or noncharacter by U+FFFD.
          flush();
          Emit(dec.substr(d, 3), start + r);
          d += 3;
          r += Utf8Length(static_cast<unsigned char>(raw[r]));
          continue;
        }
        if (size_t gt = raw[r] == '<' ? raw.find('>', r) : std::string_view::npos;
            gt != std::string_view::npos) {
          r = gt + 1;
          continue;
        }
        size_t len = 0;
        while (len < 8 && d + len < dec.size() && dec[d + len] != '&' &&
               !IsHtmlSpace(dec[d + len]) && static_cast<unsigned char>(dec[d + len]) < 0x80) {
          ++len;
        }
        size_t resume = raw.find(dec.substr(d, len > 0 ? len : Utf8Length(c)), r);
        r = resume == std::string_view::npos ? raw.size() : resume;
        continue;
      }
      if (pre_depth_ > 0 && (IsHtmlSpace(c) || (c == 0xC2 && dec.substr(d, 2) == "\xC2\xA0"))) {
        literal(Utf8Length(c));  // preformatted: spaces and line ends are the layout
        continue;
      }
      if (IsHtmlSpace(c)) {
        flush();
        RequestSpace(start + r);
        ++d;
        ++r;
        continue;
      }
      if (c == 0xC2 && d + 1 < dec.size() && dec[d + 1] == '\xA0') {
        flush();
        RequestSpace(start + r);
        d += 2;
        r += 2;
        continue;
      }
      literal(Utf8Length(c));
    }
    flush();
  }

  // Decoded bytes of the reference raw[r, e) at dec[d]: one or two code points, chosen so that
  // what follows lines up again. `e` may shrink for legacy references without ';' ("&notit;"
  // reads as "\u00ACit;"). Exact continuations are preferred over ones that merely meet
  // another reference or a CR.
  static size_t ReferenceLength(std::string_view raw, std::string_view dec, size_t r, size_t d,
                                size_t& e) {
    auto lines_up = [&](size_t dec_end, size_t raw_end, bool strong) {
      if (dec_end > dec.size()) return false;
      if (raw_end >= raw.size() || dec_end >= dec.size())
        return raw_end >= raw.size() && dec_end >= dec.size();
      if (raw[raw_end] == dec[dec_end]) {
        if (!strong || raw_end + 1 >= raw.size() || dec_end + 1 >= dec.size()) return true;
        char next = raw[raw_end + 1];
        return next == dec[dec_end + 1] || next == '&' || next == '\r' || next == '<';
      }
      return !strong && (raw[raw_end] == '&' || raw[raw_end] == '\r');
    };
    size_t one = Utf8Length(static_cast<unsigned char>(dec[d]));
    if (r + 1 < raw.size() && raw[r + 1] == '#')
      return one;  // numeric: one code point, fixed extent
    size_t two =
        d + one < dec.size() ? one + Utf8Length(static_cast<unsigned char>(dec[d + one])) : one;
    for (bool strong : {true, false}) {
      if (lines_up(d + one, e, strong)) return one;
      for (size_t shorter = r + 2; shorter < e; ++shorter) {
        if (lines_up(d + one, shorter, strong)) {
          e = shorter;
          return one;
        }
      }
    }
    // The few references that decode to two code points ("&NotEqualTilde;") come last.
    return two > one && lines_up(d + two, e, true) ? two : one;
  }

  // Emits text with whitespace collapsed, every character mapped to `at` (approximately).
  void EmitCollapsed(std::string_view text, std::uint64_t at) {
    size_t i = 0;
    while (i < text.size()) {
      if (IsHtmlSpace(static_cast<unsigned char>(text[i]))) {
        RequestSpace(at);
        ++i;
        continue;
      }
      // One character at a time: a long word must not run past the end of the input.
      size_t len = std::min(Utf8Length(static_cast<unsigned char>(text[i])), text.size() - i);
      Emit(text.substr(i, len), at);
      i += len;
    }
  }

  std::string_view html_;
  const HtmlPrescan& scan_;
  std::size_t original_size_;
  std::uint64_t base_;
  DocumentText& out_;
  int pending_break_ = 2;  // a new document starts a new paragraph
  bool pending_sep_ = false;
  bool pending_space_ = false;
  std::uint64_t break_at_ = 0, sep_at_ = 0, space_at_ = 0;
  bool line_has_text_ = false;
  int cell_depth_ = 0;
  int pre_depth_ = 0;  // inside <pre>: whitespace is kept as it is
};

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  size_t i = 0;
  while (i < bytes.size() && IsHtmlSpace(static_cast<unsigned char>(bytes[i]))) ++i;
  std::string_view s = bytes.substr(i);
  std::string_view head = s.substr(0, 4096);
  if (StartsWithNoCase(s, "<?xml") || StartsWithNoCase(s, "<!--")) {
    // An XML declaration or a comment alone is not enough: require <html> or <body> after it.
    return FindNoCase(head, "<html", 0) != std::string_view::npos ||
           FindNoCase(head, "<body", 0) != std::string_view::npos;
  }
  if (StartsWithNoCase(s, "<!doctype html")) return true;
  // A leading start tag of an element EDGAR pages begin with.
  static constexpr std::string_view kLeadingTags[] = {
      "html", "head", "body", "title", "meta", "style", "div", "p",  "table", "font", "center",
      "span", "b",    "h1",   "h2",    "h3",   "h4",    "h5",  "h6", "pre",   "br",   "hr"};
  if (s.size() < 2 || s[0] != '<') return false;
  size_t end = 1;
  while (end < s.size() && std::isalnum(static_cast<unsigned char>(s[end]))) ++end;
  if (end == s.size() || !(s[end] == '>' || s[end] == '/' || IsHtmlSpace(s[end]))) return false;
  std::string name(s.substr(1, end - 1));
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(std::begin(kLeadingTags), std::end(kLeadingTags), name) !=
         std::end(kLeadingTags);
}

Status AppendHtmlText(std::string_view html, std::uint64_t source_base, DocumentText& out) {
  if (html.size() > kMaxHtmlBytes) {
    return Status::ResourceExhausted(
        "the HTML is too large to read (" + std::to_string((html.size() + (1u << 20) - 1) >> 20) +
        " MB; at most " + std::to_string(kMaxHtmlBytes >> 20) + " MB)");
  }
  HtmlPrescan scan = PrescanHtml(html);
  if (scan.max_depth > kMaxHtmlDepth) {
    return Status::InvalidArgument("the HTML is nested too deeply (" +
                                   std::to_string(scan.max_depth) + " levels; at most " +
                                   std::to_string(kMaxHtmlDepth) + " are read)");
  }
  std::string_view input = scan.repaired.empty() ? html : std::string_view(scan.repaired);
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 16;  // errors are not used; do not let a broken page fill memory with them
  GumboOutput* parsed = gumbo_parse_with_options(&options, input.data(), input.size());
  if (parsed == nullptr) return Status::Internal("the HTML parser returned nothing");
  Flattener(input, scan, html.size(), source_base, out).Run(parsed->document);
  gumbo_destroy_output(&options, parsed);
  return Status::Ok();
}

}  // namespace corpgraph
