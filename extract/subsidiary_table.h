// Subsidiary tables -> `owns` edges from the filer.
//
//   DocumentText text = *ReadDocument(bytes);
//   Graph graph;
//   EntityId filer = graph.AddEntity({.name = "Zentrix Holdings Corp."});
//   AddSubsidiaryTableEdges(text, filer, "zentrix-20f.htm", graph);
//   // graph now holds e.g. "Zentrix Europe B.V." (country "Netherlands") and
//   // owns(Zentrix Holdings Corp. -> Zentrix Europe B.V., percent 100).
//
// What counts as a subsidiary table (20-F "Organizational Structure", 10-K Exhibit 21):
//   - it is introduced by a heading line naming subsidiaries ("Significant Subsidiaries",
//     "Organizational Structure", "Subsidiaries of the Registrant", "Exhibit 21", ...), or by a
//     header row whose cells name the columns ("Name of Subsidiary | Jurisdiction | % Owned");
//     a heading may be followed by a few lines of prose before the rows start;
//   - each row is one line with cells separated by " | " (how the HTML reader flattens table
//     rows; Markdown pipe tables too), a tab, two or more spaces, or " — "; or a one-cell
//     list item "Zentrix Japan K.K. (Japan)", optionally followed by a percentage;
//   - a row's name cell must look like an organization name (starts with a capital letter or
//     digit, short, not a sentence, not a number, not "Total") and, unless a header row names
//     the name column, carry a legal form ("Inc.", "Ltd.", "B.V.", "GmbH", "K.K.", ...);
//     the row must state a jurisdiction (a known country/state, or any cell of the header's
//     jurisdiction column) or an ownership percentage ("100%", or a plain number in the
//     header's ownership column);
//   - in plain text a row indented more than the row above it is held by that row's company
//     ("Acme Holdings LLC" over "   Acme GmbH": Acme Holdings LLC owns Acme GmbH);
//   - a name cell's trailing "(d/b/a X)" or "(formerly X)" gives the company the alias X, and
//     "(99.9%)" its percent;
//   - the table ends at the first non-blank line that is not a row (short label lines such as
//     "Europe:" excepted), or at the next heading.
// Cell-level rules live in subsidiary_table_cells.h.
// Ordinary prose, and tables under other headings (balance sheets, segment figures), give
// nothing.
#pragma once

#include <string>

#include "extract/document_text.h"
#include "graph/graph.h"

namespace corpgraph {

// The rule name every subsidiary-table edge's evidence carries.
inline constexpr char kSubsidiaryTableRule[] = "subsidiary_table";

// Adds, for each subsidiary-table row in `text`, the subsidiary as a company entity (found by
// graph.FindEntity, i.e. by normalized name or alias, else added; its `country` is filled in
// when the row states one and the entity has none) and an `owns` edge filer (or the company of
// the less indented row above) -> subsidiary with
// `percent` when the row states one. Each edge carries one Evidence: document = document_name,
// [begin, end) = the row's byte span in the ORIGINAL document (through text.SourceOffset),
// sentence = the row (its cells joined by " | "), section = the table's heading (or header row),
// rule = "subsidiary_table", confidence in (0, 1]. Adds nothing when `filer` is kNoEntity or does
// not exist in `graph`; a row naming the filer itself is skipped. Never fails: text without
// subsidiary tables leaves `graph` unchanged.
void AddSubsidiaryTableEdges(const DocumentText& text, EntityId filer,
                             const std::string& document_name, Graph& graph);

// The parent a subsidiary list names in its heading: "X" for "SUBSIDIARIES OF X" or "List of
// Subsidiaries of X" (as written, footnote markers and a trailing ':' removed), in the first
// subsidiary heading of `text`. "" when there is no such heading or it names no one ("of the
// Registrant", "of the Company"). For a stand-alone Exhibit 21, whose only company names are
// subsidiaries, this is the filer.
std::string SubsidiaryListParent(const DocumentText& text);

// True iff one of the first kListOpeningLines non-blank lines of `text` is a subsidiary-list
// heading: the document is a stand-alone subsidiary list (Exhibit 21), whose companies are
// all subsidiaries, so none of them may be taken for the filer.
bool OpensWithSubsidiaryList(const DocumentText& text);
inline constexpr int kListOpeningLines = 6;

}  // namespace corpgraph
