// Document layout -> units of extraction: sentences, list items and headings.
//
//   Segmentation seg = SegmentDocument(doc.text);
//   for (const TextUnit& u : seg.units) Use(seg.norm.text().substr(u.begin, u.end - u.begin));
//
// Lines are classified as headings (Markdown '#', a line wholly in bold or bold-italic, a short
// Title Case line standing alone), list items ("- ", "* ", "• ", "(a) "), paragraph text or
// blank. Paragraph lines are joined and split into sentences; each list item is a unit of its
// own whose `lead_in` is the sentence introducing the list (the last sentence before the list
// when it ends with ':', or the last paragraph sentence before it otherwise).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text_normalizer.h"

namespace corpgraph {

struct TextUnit {
  std::uint32_t begin = 0;  // span [begin, end) in Segmentation::norm
  std::uint32_t end = 0;
  std::int32_t lead_in = -1;  // index of the unit that introduces this list item, or -1
  std::int32_t section = -1;  // index into Segmentation::sections, -1 before any heading
  bool heading = false;       // the unit is itself a heading
  bool list_item = false;
  bool table_row = false;     // a table row as the readers flatten it ("cell | cell")
  bool later_sentence = false;  // a list item's sentence after its first (still under lead_in)
  std::int32_t item = -1;     // index into Segmentation::items, -1 outside any item
  // False for the parts of a whole filing whose sentences state no relationships the way prose
  // does: the cover page and table of contents (before the first item heading), the financial
  // statements, exhibit and summary items, and what follows "SIGNATURES". Their names are
  // still learned and their table rows still read.
  bool prose = true;
};

struct Segmentation {
  NormalizedText norm;                // normalized text of all units, blocks separated by '\n'
  std::vector<TextUnit> units;        // in document order
  std::vector<std::string> sections;  // heading texts, normalized
  std::vector<std::string> items;     // item headings as "Item 1A. Risk Factors"
  // Running heads and feet without their page numbers ("The Procter & Gamble Company"), most
  // pages first; their lines are no units.
  std::vector<std::string> running_heads;
};

// "Item 1A. Risk Factors" for a line that heads an item of a 10-K / 20-F ("ITEM 1A. RISK
// FACTORS", "Item 7A: Quantitative ...", "Item 1. | Business"), "" otherwise: table-of-contents
// rows (ending in a page number), sentences and references ("Item 7 of this report") are not
// headings. The title keeps its case as written.
std::string ItemHeading(std::string_view line);

// "Section path" of a unit: its item, then its nearest heading when that is not the item's
// own ("Item 1A. Risk Factors > Competition"); "" when it has neither.
std::string SectionPath(const Segmentation& seg, const TextUnit& u);

// True iff the sentence announces the table after it ("The following table sets forth ...",
// "... as shown in the table below:"); the table's rows get it as their lead-in, which the
// extractor uses only for rows naming the counterparts it introduces (counterpart_table.h).
bool IntroducesTable(std::string_view sentence);

// `text` is the reader's text (DocumentText::text); offsets map back through `norm`.
Segmentation SegmentDocument(std::string_view text);

}  // namespace corpgraph
