// Named-entity candidates in one normalized sentence, found from how names are written:
// capitalized word runs ending in a corporate suffix ("Amazon.com, Inc.", "MICROSOFT
// CORPORATION", "IIJ (Thailand) Co., Ltd."), government bodies ("the Ministry of Economy,
// Trade and Industry"), "X Group" groups, laws and markets, people after an honorific
// ("Mr. Koichi Suzuki"), and defined terms: a name followed by ("Short"), (the "Short"),
// (“Short”) or an unquoted abbreviation "(GSI)".
//
//   for (const NameCandidate& c : FindNames(sentence)) ...
//
// Knows no company: every decision is lexical.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/tokenizer.h"

namespace corpgraph {

enum class NameKind : std::uint8_t {
  kCompany,
  kGroup,
  kGovernment,
  kPerson,
  kLaw,
  kMarket,
  kUnknown,  // capitalized phrase with no tell-tale word; kept only when defined or related
};

struct NameCandidate {
  std::uint32_t begin = 0;      // span of the name itself in the sentence
  std::uint32_t end = 0;
  std::uint32_t full_end = 0;   // end including a defining parenthetical, else == end
  std::string name;             // the name as written (honorific removed for people)
  std::vector<std::string> short_names;  // defined short names ("NTT Docomo")
  std::string honorific_form;   // "Mr. Koichi Suzuki" for people introduced with a title
  std::string former_name;      // "(f/k/a Old Co.)" / "(formerly Old Co.)"
  NameKind kind = NameKind::kUnknown;
};

// Candidates in order of position; spans do not overlap.
std::vector<NameCandidate> FindNames(std::string_view sentence);
std::vector<NameCandidate> FindNames(std::string_view sentence, const std::vector<Token>& tokens);

// Kind of a name judged from its words alone (suffix, government word, "Group", ...).
NameKind ClassifyName(std::string_view name);

// True iff a word of the name marks a university, institute, college, laboratory, foundation
// or hospital ("Stanford University", "Jet Propulsion Laboratory").
bool NamesInstitution(std::string_view name);

// Upper-case initials of a name's words without suffixes and connectors ("Internet
// Initiative Japan Inc." -> "IIJ"); "" for names of fewer than two words.
std::string Initials(std::string_view name);

// True for capitalized words that open sentences or headings but never names ("The", "Our").
bool IsCommonCapitalizedWord(std::string_view word);
// True for words of job titles ("Chief", "Officer", "President", "Director", ...).
bool IsRoleWord(std::string_view word);
// True iff `name` names a governing body of whichever company the text is about, in generic
// words only: "Board of Directors", "the Audit Committee", "Nominating & Corporate Governance
// Committee", "Supervisory Board" (not "Federal Reserve Board", not "Board of Directors of
// Acme Inc.").
bool NamesOwnGoverningBody(std::string_view name);
// True for the last words of document and instrument titles ("Agreement", "Intent",
// "Understanding", "Prospectus"): "Letter of Intent" names a paper, not an organization.
bool IsDocumentTitleWord(std::string_view word);

}  // namespace corpgraph
