// Relation extraction cases as data: every tests/extract/cases/*.cases file is a list of
// invented documents with the edges the extractor must find in them and the edges it must not.
// Each case runs as its own test, Cases/RelationCases.Holds/<case name>.
//
// Format (also in tests/extract/cases/README.md). A file is a sequence of blocks separated by
// blank lines; a line whose first non-blank character is '#', and the rest of any line from a
// '#' that follows a blank, is a comment. A block opens with its name and then has key = value
// lines:
//
//   [supplies_rely_on_carriers]          # letters, digits, '_'; unique over all files
//   text = We rely on Norland Telecom Inc. for network capacity.
//   text = A second text line continues the document; lines are joined with "\n".
//   filer = Zentrix Inc.                 # default kTestFiler; "none": the extractor finds it
//   expect = Norland Telecom Inc. -supplies-> Zentrix Inc. {what=network capacity}
//   reject = Norland Telecom Inc. -competes-> Zentrix Inc.
//   count = competes 0                   # exactly this many edges of the relation
//   count = all 0                        # exactly this many edges of any relation
//   absent = Class A                     # FindEntity finds no entity of this name or alias
//   entity = Tamura Corporation of America  # an entity, or a name mentioned only, of this name
//
// Endpoints are entity names or aliases, looked up with Graph::FindEntity; a symmetric relation
// (competes, partners) matches in either direction. Relations are the names of graph/model.h
// (ParseRelation). `expect` holds iff such an edge exists and, when the braces are there, that
// edge has every listed attribute: `{percent=51; role=Chief Financial Officer}`, keys percent
// and amount (numbers, equal within 1e-9), currency, from, what, segment, role (exact strings),
// former (true or false), separated by ';'. `reject` holds iff no edge between the endpoints of
// that relation has the listed attributes (any edge at all when there are no braces); an
// endpoint that is no entity satisfies it. A case needs `text` and at least one check.
//
// Any line that does not follow this format fails the test RelationCaseFiles.AllParse with the
// file and line, and the case it belongs to fails too; nothing is skipped.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tests/extract/extract_test_util.h"

namespace corpgraph {
namespace {

// One attribute an edge must carry, e.g. percent=51.
struct AttrCheck {
  std::string key;
  std::string value;
};

// "src -rel-> dst {attrs}" of an expect or reject line.
struct EdgePattern {
  std::string src;
  Relation rel = Relation::kOwns;
  std::string dst;
  std::vector<AttrCheck> attrs;
  int line = 0;
  std::string spelling;  // the line's value as written, for messages
};

// "rel n" of a count line; rel is nullopt for "all".
struct CountCheck {
  std::optional<Relation> rel;
  size_t n = 0;
  int line = 0;
};

struct RelationCase {
  std::string name;
  std::string file;  // file name without directory, for messages
  int line = 0;      // line of the [name] header
  std::string text;
  std::string filer = extract_test::kTestFiler;  // "" when the file says filer = none
  std::vector<EdgePattern> expect;
  std::vector<EdgePattern> reject;
  std::vector<CountCheck> counts;
  std::vector<std::pair<std::string, int>> absent;  // name, line
  std::vector<std::pair<std::string, int>> present;  // name, line (the `entity` key)
  bool malformed = false;  // a line of the case did not parse (reported by ParseCases)
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// The line without its comment: from a '#' at the start or after a blank.
std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t'))
      return line.substr(0, i);
  }
  return line;
}

bool IsNumber(std::string_view s, double* out) {
  std::string str(s);
  char* end = nullptr;
  double v = std::strtod(str.c_str(), &end);
  if (str.empty() || end != str.c_str() + str.size()) return false;
  *out = v;
  return true;
}

bool ValidName(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// Parses "src -rel-> dst {k=v; k=v}". Returns "" on success, else what is wrong.
std::string ParseEdgePattern(std::string_view value, EdgePattern* out) {
  out->spelling = std::string(value);
  std::string_view rest = value;
  if (!rest.empty() && rest.back() == '}') {
    size_t open = rest.rfind('{');
    if (open == std::string_view::npos) return "'}' without '{'";
    std::string_view body = rest.substr(open + 1, rest.size() - open - 2);
    rest = Trim(rest.substr(0, open));
    while (true) {
      size_t semi = body.find(';');
      std::string_view item = Trim(body.substr(0, semi));
      size_t eq = item.find('=');
      if (eq == std::string_view::npos)
        return "attribute '" + std::string(item) + "' is not key=value";
      AttrCheck a{std::string(Trim(item.substr(0, eq))), std::string(Trim(item.substr(eq + 1)))};
      double unused = 0;
      if (a.key == "percent" || a.key == "amount") {
        if (!IsNumber(a.value, &unused)) return a.key + " '" + a.value + "' is not a number";
      } else if (a.key == "former") {
        if (a.value != "true" && a.value != "false") return "former must be true or false";
      } else if (a.key != "currency" && a.key != "from" && a.key != "what" && a.key != "segment" &&
                 a.key != "role") {
        return "unknown attribute '" + a.key + "'";
      }
      out->attrs.push_back(std::move(a));
      if (semi == std::string_view::npos) break;
      body = body.substr(semi + 1);
    }
  }
  // The arrow is " -name-> " with a relation name; names may hold '-' themselves.
  for (size_t pos = rest.find(" -"); pos != std::string_view::npos;
       pos = rest.find(" -", pos + 1)) {
    size_t arrow = rest.find("-> ", pos + 2);
    if (arrow == std::string_view::npos) break;
    std::string_view rel_name = rest.substr(pos + 2, arrow - pos - 2);
    if (!ValidName(rel_name)) continue;
    std::optional<Relation> rel = ParseRelation(rel_name);
    if (!rel) return "unknown relation '" + std::string(rel_name) + "'";
    out->rel = *rel;
    out->src = std::string(Trim(rest.substr(0, pos)));
    out->dst = std::string(Trim(rest.substr(arrow + 3)));
    if (out->src.empty() || out->dst.empty()) return "an endpoint is empty";
    return "";
  }
  return "expected 'source -relation-> target'";
}

// Parses the text of one .cases file into `out`. Returns the errors, "file:line: message" each.
std::vector<std::string> ParseCases(std::string_view content, const std::string& file,
                                    std::vector<RelationCase>* out) {
  std::vector<std::string> errors;
  RelationCase* current = nullptr;
  auto error = [&](int line, const std::string& msg) {
    errors.push_back(file + ":" + std::to_string(line) + ": " + msg);
    if (current != nullptr) current->malformed = true;
  };
  bool has_text = false;
  auto finish = [&] {
    if (current == nullptr) return;
    if (!has_text) error(current->line, "case '" + current->name + "' has no text");
    if (!current->malformed && current->expect.empty() && current->reject.empty() &&
        current->counts.empty() && current->absent.empty() && current->present.empty()) {
      error(current->line, "case '" + current->name + "' checks nothing");
    }
    current = nullptr;
  };
  int line_no = 0;
  size_t start = 0;
  while (start <= content.size()) {
    size_t nl = content.find('\n', start);
    std::string_view raw =
        content.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? content.size() + 1 : nl + 1;
    ++line_no;
    std::string_view line = Trim(StripComment(raw));
    if (line.empty()) {
      // Only a truly blank line ends a block; a comment line inside a block does not.
      if (Trim(raw).empty()) finish();
      continue;
    }
    if (line.front() == '[') {
      finish();
      if (line.back() != ']' || !ValidName(line.substr(1, line.size() - 2))) {
        error(line_no, "expected '[name]' with letters, digits and '_'");
        continue;
      }
      out->push_back(RelationCase{});
      current = &out->back();
      current->name = std::string(line.substr(1, line.size() - 2));
      current->file = file;
      current->line = line_no;
      has_text = false;
      continue;
    }
    if (current == nullptr) {
      error(line_no, "line outside a case (a case opens with [name], and a blank line ends it)");
      continue;
    }
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      error(line_no, "expected 'key = value'");
      continue;
    }
    std::string key(Trim(line.substr(0, eq)));
    std::string_view value = Trim(line.substr(eq + 1));
    if (key == "text") {
      // A text line keeps its indentation: only the one space after '=' goes.
      std::string_view raw = line.substr(eq + 1);
      if (!raw.empty() && raw.front() == ' ') raw.remove_prefix(1);
      while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\r')) raw.remove_suffix(1);
      if (has_text) current->text += '\n';
      current->text += raw;
      has_text = true;
    } else if (key == "filer") {
      if (value.empty()) error(line_no, "filer is empty (write 'none' for no filer option)");
      current->filer = value == "none" ? std::string() : std::string(value);
    } else if (key == "expect" || key == "reject") {
      EdgePattern p;
      p.line = line_no;
      std::string why = ParseEdgePattern(value, &p);
      if (!why.empty()) {
        error(line_no, key + ": " + why);
        continue;
      }
      (key == "expect" ? current->expect : current->reject).push_back(std::move(p));
    } else if (key == "count") {
      size_t space = value.find(' ');
      std::string_view rel_name = value.substr(0, space);
      double n = -1;
      if (space == std::string_view::npos || !IsNumber(Trim(value.substr(space)), &n) || n < 0 ||
          n != std::floor(n)) {
        error(line_no, "count: expected 'relation N' or 'all N'");
        continue;
      }
      CountCheck c;
      c.n = static_cast<size_t>(n);
      c.line = line_no;
      if (rel_name != "all") {
        c.rel = ParseRelation(rel_name);
        if (!c.rel) {
          error(line_no, "count: unknown relation '" + std::string(rel_name) + "'");
          continue;
        }
      }
      current->counts.push_back(c);
    } else if (key == "absent") {
      if (value.empty()) {
        error(line_no, "absent: no name");
        continue;
      }
      current->absent.emplace_back(std::string(value), line_no);
    } else if (key == "entity") {
      if (value.empty()) {
        error(line_no, "entity: no name");
        continue;
      }
      current->present.emplace_back(std::string(value), line_no);
    } else {
      error(line_no, "unknown key '" + key + "'");
    }
  }
  finish();
  return errors;
}

bool AttrHolds(const EdgeAttributes& a, const AttrCheck& c) {
  double want = 0;
  if (c.key == "percent" || c.key == "amount") {
    const std::optional<double>& got = c.key == "percent" ? a.percent : a.amount;
    return IsNumber(c.value, &want) && got.has_value() && std::fabs(*got - want) <= 1e-9;
  }
  if (c.key == "former") return a.former == (c.value == "true");
  if (c.key == "currency") return a.currency == c.value;
  if (c.key == "from") return a.from == c.value;
  if (c.key == "what") return a.what == c.value;
  if (c.key == "segment") return a.segment == c.value;
  if (c.key == "role") return a.role == c.value;
  return false;
}

std::string DescribeAttrs(const EdgeAttributes& a) {
  std::ostringstream out;
  if (a.percent) out << " percent=" << *a.percent;
  if (a.amount) out << " amount=" << *a.amount;
  if (!a.currency.empty()) out << " currency=" << a.currency;
  if (!a.from.empty()) out << " from=" << a.from;
  if (!a.what.empty()) out << " what=" << a.what;
  if (!a.segment.empty()) out << " segment=" << a.segment;
  if (!a.role.empty()) out << " role=" << a.role;
  if (a.former) out << " former=true";
  return out.str();
}

// The edges of `x` between the pattern's endpoints with its relation (either direction when
// the relation is symmetric).
std::vector<const Edge*> EdgesBetween(const Extraction& x, const EdgePattern& p) {
  std::vector<const Edge*> found;
  StatusOr<EntityId> s = x.graph.FindEntity(p.src);
  StatusOr<EntityId> d = x.graph.FindEntity(p.dst);
  if (!s.ok() || !d.ok()) return found;
  for (const Edge& e : x.graph.edges()) {
    if (e.rel != p.rel) continue;
    if ((e.src == *s && e.dst == *d) || (IsSymmetric(p.rel) && e.src == *d && e.dst == *s))
      found.push_back(&e);
  }
  return found;
}

bool Matches(const Edge& e, const EdgePattern& p) {
  return std::all_of(p.attrs.begin(), p.attrs.end(),
                     [&](const AttrCheck& c) { return AttrHolds(e.attrs, c); });
}

// Checks `c` against the extraction `x`. Returns one message per check that does not hold;
// empty iff the case passes.
std::vector<std::string> CheckCase(const RelationCase& c, const Extraction& x) {
  std::vector<std::string> failures;
  auto where = [&](int line) { return c.file + ":" + std::to_string(line) + ": "; };
  for (const EdgePattern& p : c.expect) {
    std::vector<const Edge*> edges = EdgesBetween(x, p);
    bool ok =
        std::any_of(edges.begin(), edges.end(), [&](const Edge* e) { return Matches(*e, p); });
    if (ok) continue;
    std::string msg = where(p.line) + "expected " + p.spelling;
    if (edges.empty()) {
      msg += ": no such edge";
    } else {
      msg += ": the edge has";
      for (const Edge* e : edges) msg += " {" + DescribeAttrs(e->attrs) + " }";
    }
    failures.push_back(msg);
  }
  for (const EdgePattern& p : c.reject) {
    for (const Edge* e : EdgesBetween(x, p)) {
      if (!Matches(*e, p)) continue;
      failures.push_back(where(p.line) + "rejected edge is there: " + p.spelling);
      break;
    }
  }
  for (const CountCheck& k : c.counts) {
    size_t n = k.rel ? extract_test::CountEdges(x, *k.rel) : x.graph.edges().size();
    if (n == k.n) continue;
    failures.push_back(where(k.line) + "expected " + std::to_string(k.n) + " " +
                       (k.rel ? std::string(RelationName(*k.rel)) : std::string("in all")) +
                       " edges, found " + std::to_string(n));
  }
  for (const auto& [name, line] : c.absent) {
    if (x.graph.FindEntity(name).ok())
      failures.push_back(where(line) + "entity '" + name + "' should be absent");
  }
  for (const auto& [name, line] : c.present) {
    bool mentioned = std::any_of(x.mentions_only.begin(), x.mentions_only.end(),
                                 [&](const MentionedName& m) { return m.name == name; });
    if (!mentioned && !x.graph.FindEntity(name).ok())
      failures.push_back(where(line) + "no entity or mention named '" + name + "'");
  }
  return failures;
}

// ---------------------------------------------------------------- the case files

struct LoadedCases {
  std::vector<RelationCase> cases;
  std::vector<std::string> errors;
  size_t files = 0;
};

// Every case of every .cases file under tests/extract/cases, with the parse errors. Loaded once,
// when the tests are registered; never fails, errors are reported by RelationCaseFiles.AllParse.
const LoadedCases& AllCases() {
  static const LoadedCases loaded = [] {
    LoadedCases result;
    std::filesystem::path dir = std::filesystem::path(CORPGRAPH_SOURCE_DIR) / "tests/extract/cases";
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
      if (entry.path().extension() == ".cases") files.push_back(entry.path());
    }
    if (ec) result.errors.push_back(dir.string() + ": " + ec.message());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
      std::ifstream in(path, std::ios::binary);
      std::stringstream content;
      content << in.rdbuf();
      if (!in) result.errors.push_back(path.string() + ": cannot read");
      std::vector<std::string> errors =
          ParseCases(content.str(), path.filename().string(), &result.cases);
      result.errors.insert(result.errors.end(), errors.begin(), errors.end());
      ++result.files;
    }
    std::set<std::string> names;
    for (RelationCase& c : result.cases) {
      if (!names.insert(c.name).second) {
        c.malformed = true;
        result.errors.push_back(c.file + ":" + std::to_string(c.line) + ": duplicate case name '" +
                                c.name + "'");
      }
    }
    return result;
  }();
  return loaded;
}

// Parameter: index into AllCases().cases (indices keep gtest from copying cases around).
class RelationCases : public ::testing::TestWithParam<size_t> {};

TEST_P(RelationCases, Holds) {
  const RelationCase& c = AllCases().cases[GetParam()];
  ASSERT_FALSE(c.malformed)
      << c.file << ":" << c.line << ": case " << c.name
      << " is malformed or its name is repeated (see RelationCaseFiles.AllParse)";
  Extraction x = extract_test::ExtractSnippet(c.text, c.filer);
  std::vector<std::string> failures = CheckCase(c, x);
  std::string all;
  for (const std::string& f : failures) all += f + "\n";
  EXPECT_TRUE(failures.empty()) << "case " << c.name << " (" << c.file << ":" << c.line << ")\n"
                                << all << "extracted edges:\n"
                                << extract_test::Dump(x);
}

std::vector<size_t> CaseIndices() {
  std::vector<size_t> ids(AllCases().cases.size());
  for (size_t i = 0; i < ids.size(); ++i) ids[i] = i;
  return ids;
}

INSTANTIATE_TEST_SUITE_P(Cases, RelationCases, ::testing::ValuesIn(CaseIndices()),
                         [](const ::testing::TestParamInfo<size_t>& info) {
                           // A repeated name gets a unique suffix, for gtest; the case fails.
                           const RelationCase& c = AllCases().cases[info.param];
                           if (!c.malformed) return c.name;
                           return c.name + "_malformed_" + std::to_string(info.param);
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(RelationCases);

TEST(RelationCaseFiles, AllParse) {
  const LoadedCases& l = AllCases();
  for (const std::string& e : l.errors) ADD_FAILURE() << e;
  EXPECT_GT(l.files, 0u) << "no .cases files under " << CORPGRAPH_SOURCE_DIR
                         << "/tests/extract/cases";
  EXPECT_GT(l.cases.size(), 0u);
}

// ---------------------------------------------------------------- the driver itself

std::vector<std::string> CheckInline(const std::string& content) {
  std::vector<RelationCase> cases;
  std::vector<std::string> errors = ParseCases(content, "inline.cases", &cases);
  EXPECT_TRUE(errors.empty()) << errors.front();
  EXPECT_EQ(cases.size(), 1u);
  if (cases.size() != 1) return {};
  Extraction x = extract_test::ExtractSnippet(cases[0].text, cases[0].filer);
  return CheckCase(cases[0], x);
}

TEST(RelationCaseDriver, ParsesEveryKey) {
  std::vector<RelationCase> cases;
  std::vector<std::string> errors = ParseCases(
      "# a comment\n"
      "[first_case]\n"
      "text = One line.   # trailing comment\n"
      "text =\n"
      "text = Item#3 ends here.\n"
      "filer = none\n"
      "expect = A-1 Corp. -owns-> B Ltd. {percent=51; role=Chief Officer}\n"
      "reject = C Inc. -competes-> D Inc.\n"
      "count = all 0\n"
      "absent = Class A\n"
      "\n"
      "[second_case]\n"
      "text = x\n"
      "count = lends_to 2\n",
      "inline.cases", &cases);
  ASSERT_TRUE(errors.empty()) << errors.front();
  ASSERT_EQ(cases.size(), 2u);
  const RelationCase& a = cases[0];
  EXPECT_EQ(a.name, "first_case");
  EXPECT_EQ(a.text, "One line.\n\nItem#3 ends here.");
  EXPECT_EQ(a.filer, "");
  ASSERT_EQ(a.expect.size(), 1u);
  EXPECT_EQ(a.expect[0].src, "A-1 Corp.");
  EXPECT_EQ(a.expect[0].rel, Relation::kOwns);
  EXPECT_EQ(a.expect[0].dst, "B Ltd.");
  ASSERT_EQ(a.expect[0].attrs.size(), 2u);
  EXPECT_EQ(a.expect[0].attrs[1].key, "role");
  EXPECT_EQ(a.expect[0].attrs[1].value, "Chief Officer");
  ASSERT_EQ(a.reject.size(), 1u);
  EXPECT_EQ(a.reject[0].rel, Relation::kCompetes);
  ASSERT_EQ(a.counts.size(), 1u);
  EXPECT_FALSE(a.counts[0].rel.has_value());
  ASSERT_EQ(a.absent.size(), 1u);
  EXPECT_EQ(a.absent[0].first, "Class A");
  EXPECT_EQ(cases[1].filer, extract_test::kTestFiler);
  ASSERT_EQ(cases[1].counts.size(), 1u);
  EXPECT_EQ(cases[1].counts[0].rel, Relation::kLendsTo);
  EXPECT_EQ(cases[1].counts[0].n, 2u);
}

TEST(RelationCaseDriver, MalformedLinesAreErrorsWithFileAndLine) {
  const char* bad[] = {
      "text = outside a case\n",
      "[ok]\ntext = t\nexpect = A Inc. owns B Inc.\n",
      "[ok]\ntext = t\nexpect = A Inc. -ownz-> B Inc.\n",
      "[ok]\ntext = t\nexpect = A Inc. -owns-> B Inc. {percent=half}\n",
      "[ok]\ntext = t\nexpect = A Inc. -owns-> B Inc. {colour=red}\n",
      "[ok]\ntext = t\nexpect = A Inc. -owns-> B Inc. {former=yes}\n",
      "[ok]\ntext = t\ncount = owns\n",
      "[ok]\ntext = t\ncount = owns -1\n",
      "[ok]\ntext = t\nexpectt = A Inc. -owns-> B Inc.\n",
      "[ok]\ntext = t\njust words\n",
      "[bad name]\ntext = t\ncount = all 0\n",
      "[ok]\ncount = all 0\n",
      "[ok]\ntext = t\n",
      "[ok]\ntext = t\nabsent =\n",
  };
  for (const char* content : bad) {
    std::vector<RelationCase> cases;
    std::vector<std::string> errors = ParseCases(content, "bad.cases", &cases);
    ASSERT_FALSE(errors.empty()) << content;
    EXPECT_EQ(errors[0].rfind("bad.cases:", 0), 0u) << errors[0];
  }
  std::vector<RelationCase> cases;
  std::vector<std::string> errors =
      ParseCases("[ok]\ntext = t\n\nexpect = A Inc. -owns-> B Inc.\n", "f.cases", &cases);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], "f.cases:1: case 'ok' checks nothing");
  EXPECT_EQ(errors[1].rfind("f.cases:4: ", 0), 0u) << errors[1];
}

TEST(RelationCaseDriver, TrueChecksPassAndFalseOnesAreReported) {
  const std::string text =
      "text = We purchase substantially all of our memory chips from Tarvos Semiconductor Ltd.\n";
  EXPECT_TRUE(CheckInline("[t]\n" + text +
                          "expect = Tarvos Semiconductor Ltd. -supplies-> Zentrix Inc.\n" +
                          "reject = Zentrix Inc. -supplies-> Tarvos Semiconductor Ltd.\n" +
                          "count = supplies 1\n" + "absent = Nobody Corp.\n")
                  .empty());
  // Each of these is false of the extraction, so the matcher must report exactly one failure.
  for (const char* wrong : {
           "expect = Zentrix Inc. -supplies-> Tarvos Semiconductor Ltd.\n",  // wrong direction
           "expect = Tarvos Semiconductor Ltd. -lends_to-> Zentrix Inc.\n",  // wrong relation
           "expect = Nobody Corp. -supplies-> Zentrix Inc.\n",               // no such entity
           "expect = Tarvos Semiconductor Ltd. -supplies-> Zentrix Inc. {what=wafers}\n",
           "expect = Tarvos Semiconductor Ltd. -supplies-> Zentrix Inc. {former=true}\n",
           "reject = Tarvos Semiconductor Ltd. -supplies-> Zentrix Inc.\n",
           "count = supplies 2\n",
           "count = all 0\n",
           "absent = Tarvos Semiconductor Ltd.\n",
       }) {
    EXPECT_EQ(CheckInline("[t]\n" + text + wrong).size(), 1u) << wrong;
  }
}

TEST(RelationCaseDriver, SymmetricRelationsMatchEitherWay) {
  const std::string text =
      "[t]\ntext = Zentrix competes primarily against Yarrow Analytics Inc. in Europe.\n";
  EXPECT_TRUE(
      CheckInline(text + "expect = Yarrow Analytics Inc. -competes-> Zentrix Inc.\n").empty());
  EXPECT_EQ(CheckInline(text + "reject = Yarrow Analytics Inc. -competes-> Zentrix Inc.\n").size(),
            1u);
}

}  // namespace
}  // namespace corpgraph
