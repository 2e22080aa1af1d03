// Names a sentence's frame makes organizations, whatever the name finder made of their words:
// members of an enumeration a cue introduces ("competitors include adidas, Anta and On"),
// bare names listed beside named mentions ("X Corp., Globex and Initech"), employers in a
// biography ("positions at A, B and C") and the organization an appositive describes a
// company by ("Pharmacyclics LLC, an AbbVie company"). Internal to extract/; the mention
// linker runs these after it has found a sentence's mentions.
//
//   std::vector<Mention> ms = ...;                       // sorted, non-overlapping
//   AddEnumeratedNames(sentence, tokens, document, table, &ms);
#pragma once

#include <string_view>
#include <vector>

#include "extract/document_words.h"
#include "extract/entity_table.h"
#include "extract/mention_linker.h"
#include "extract/tokenizer.h"

namespace corpgraph {

// A trademark sign marks a product or brand ("Halog®", "Windows™"), not an organization.
bool HasTrademarkSign(std::string_view word);
// "CPUs", "MVNOs", "OEMs": kinds of things, not firms.
bool IsPluralAcronym(std::string_view word);
// Business acronyms that name kinds of things, offices or places, never one firm ("OEM", "CEO").
bool IsGenericAcronym(std::string_view word);

// True iff `name` reads as a description of a unit or a field rather than an organization's own
// name: every word but a connector ("of", "and", "&") is capitalized and also written in lower
// case elsewhere in `document` ("Information Technology & Data Analytics", "Global Footwear");
// an organization's name has a word of its own ("Enron Wind", "Boeing Global Services").
bool NamesAUnitInCommonWords(std::string_view name, const DocumentWords& document);

// Each function below adds bare mentions (entities flagged bare in `table`, which become graph
// entities only when a rule relates them) to `*mentions`, keeping it sorted by position and
// non-overlapping; mentions an added name covers are replaced by it.

// Coordinated lists mixing named mentions with bare capitalized names ("X Corp., Globex and
// Initech"), or of three or more bare names.
void AddBareListItems(std::string_view sentence, const std::vector<Token>& tokens, EntityTable& table,
                      std::vector<Mention>* mentions);

// Members of an enumeration a cue introduces, and the employers a biography lists;
// `document` (the whole text's words) tells words rare in it (brands) from common ones.
void AddEnumeratedNames(std::string_view sentence, const std::vector<Token>& tokens, const DocumentWords& document,
                        EntityTable& table, std::vector<Mention>* mentions);

// After a mention, an appositive "a/an <Name> [one or two lower-case words] <relation noun>"
// ("an AbbVie company", "a Qualcomm authorized design partner") makes <Name> an organization;
// so does a possessive before "<Name> subsidiary" ("our Massmart subsidiary").
void AddDescribedOrganizations(std::string_view sentence, const std::vector<Token>& tokens, EntityTable& table,
                               std::vector<Mention>* mentions);

}  // namespace corpgraph
