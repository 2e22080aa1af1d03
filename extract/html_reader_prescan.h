// A linear pre-scan of HTML tags, run before gumbo parses a page. It
//   - repairs the pattern that makes parse trees explode: formatting elements (<font>, <b>, ...)
//     left open inside a block that ends (<p><font size=2>text</p>). A browser-grade parser
//     re-opens them at the next text, so each paragraph nests inside the previous one and
//     parse time grows quadratically; the pre-scan inserts the missing end tags instead;
//   - estimates the element nesting the parser will then build, so that pathological pages
//     (100,000 nested <div>s) are refused before gumbo sees them.
// Internal to the HTML reader.
//
//   HtmlPrescan scan = PrescanHtml(html);
//   if (scan.max_depth > kMaxHtmlDepth) return Status::InvalidArgument(...);
//   std::string_view input = scan.repaired.empty() ? html : scan.repaired;
//   ... scan.OriginalOffset(pos_in_input) ...
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace corpgraph {

struct HtmlPrescan {
  // Nesting the parser will roughly build for the repaired input.
  int max_depth = 0;
  // The HTML with end tags inserted; empty when nothing needed repair.
  std::string repaired;
  // Inserted bytes in `repaired`, in increasing order of `begin`.
  struct Insertion {
    std::size_t begin = 0;  // offset in `repaired`
    std::size_t length = 0;
    std::size_t before = 0;  // bytes inserted before this insertion
  };
  std::vector<Insertion> insertions;

  // Offset in the original HTML of byte `pos` of the repaired input; positions inside
  // inserted bytes map to the original byte the insertion precedes.
  std::size_t OriginalOffset(std::size_t pos) const;
};

// Depth model, from start and end tags alone: void elements and self-closed tags add nothing;
// an end tag closes the innermost open element of its name and everything opened inside it
// (ignored when none is open); a new <p>, <li>, <dt>/<dd>, <td>/<th>, <tr> or <option> first
// closes an open one of its kind, and block tags close an open <p>. Comments and the content of
// script, style, textarea, title and xmp are skipped. Time and memory are linear in the input.
HtmlPrescan PrescanHtml(std::string_view html);

}  // namespace corpgraph
