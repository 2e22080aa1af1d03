// The bad-input suite of the command line: every bad input gets a one-line error naming the
// problem and a non-zero exit status, and the stored graph stays exactly as it was (compared
// through `export --format jsonl` before and after).
#include <sys/stat.h>

#include <fstream>

#include "cli_runner.h"

namespace corpgraph::testing {
namespace {

class BadInputTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    CliRun ingest = RunDb("ingest '" + Demo() + "'");
    ASSERT_EQ(ingest.rc, 0) << ingest.err;
    before_ = Snapshot();
    ASSERT_GT(LineCount(before_), 50);
  }

  std::string Snapshot() const { return RunDb("export --format jsonl").out; }

  // Runs a command that must fail with one line on stderr containing `expected`, and leave
  // the graph unchanged.
  void ExpectRefused(const std::string& args, const std::string& expected) {
    SCOPED_TRACE(args);
    CliRun r = Run(args);
    EXPECT_NE(r.rc, 0) << r.out;
    EXPECT_EQ(LineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(expected), std::string::npos) << r.err;
    EXPECT_EQ(Snapshot(), before_);
  }
  std::string Db() const { return " --db '" + db_ + "'"; }

  std::string before_;
};

TEST_F(BadInputTest, UnreadableDocuments) {
  ExpectRefused("ingest '" + Write("empty.txt", "") + "'" + Db(), "empty");
  ExpectRefused("ingest '" + Write("image.png", std::string("\x89PNG\r\n\x1a\n", 8) + std::string(64, '\0')) + "'" + Db(),
                "PNG");
  ExpectRefused("ingest '" + Write("nul.txt", std::string("Acme Inc.\0owns", 14)) + "'" + Db(), "binary");
  ExpectRefused("ingest '" + Write("latin1.txt", "Acme Inc. owns 60% of Caf\xe9 Corp.\n") + "'" + Db(), "UTF-8");
  ExpectRefused("ingest '" + Path("missing.txt") + "'" + Db(), "no such file");
  std::filesystem::create_directories(dir_ / "empty" / "sub");
  ExpectRefused("ingest '" + (dir_ / "empty").string() + "'" + Db(), "found no files");
}

TEST_F(BadInputTest, HugeFileIsRefusedWithoutReadingIt) {
  std::string big = Path("big.txt");
  { std::ofstream(big, std::ios::binary); }
  ASSERT_EQ(::truncate(big.c_str(), 200ll << 20), 0);
  ExpectRefused("ingest '" + big + "'" + Db(), "larger than the limit");
}

TEST_F(BadInputTest, DocumentsWithoutRelationships) {
  std::string line;
  for (int i = 0; i < 200000; ++i) line += "word ";
  ExpectRefused("ingest '" + Write("one-line.txt", line) + "'" + Db(), "no relationships");
  ExpectRefused("ingest '" + Write("prose.txt", "The weather was fine and the market grew.\n") + "'" + Db(),
                "no relationships");
}

TEST_F(BadInputTest, DeeplyNestedHtml) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "Acme Holdings Inc. owns 60% of Beta Widgets Ltd.";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "</body></html>";
  ExpectRefused("ingest '" + Write("nested.htm", html) + "'" + Db(), "nested too deeply");
}

TEST_F(BadInputTest, UnknownEntitiesAndBadQueryParameters) {
  ExpectRefused("show 'Nonexistent Widgets Corp'" + Db(), "Nonexistent Widgets Corp");
  ExpectRefused("deps 'Nonexistent Widgets Corp'" + Db(), "Nonexistent Widgets Corp");
  ExpectRefused("deps IIJ --depth 1000" + Db(), "depth");
  ExpectRefused("deps IIJ --depth -1" + Db(), "depth");
  ExpectRefused("owners IIJ --depth abc" + Db(), "depth");
  ExpectRefused("deps IIJ --min-percent xyz" + Db(), "min-percent");
  ExpectRefused("deps IIJ --rel owns,likes" + Db(), "likes");
  ExpectRefused("path IIJ KDDI --max 0" + Db(), "max");
  ExpectRefused("neighbors IIJ --dir sideways" + Db(), "dir");
  ExpectRefused("export --format gif" + Db(), "format");
  ExpectRefused("deps IIJ --bogus-flag" + Db(), "bogus-flag");
}

TEST_F(BadInputTest, PathLikeDocumentNames) {
  ExpectRefused("remove '../../etc/passwd'" + Db(), "no document");
  ExpectRefused("remove ''" + Db(), "document");
}

TEST_F(BadInputTest, BadCsvImports) {
  // Imports go to a fresh database, which must stay absent or empty after a refused import.
  std::string fresh = Path("fresh.db");
  auto refuse_import = [&](const std::string& nodes, const std::string& edges, const std::string& expected) {
    SCOPED_TRACE(nodes + " / " + edges);
    CliRun r = Run("import --nodes '" + Write("nodes.csv", nodes) + "' --edges '" + Write("edges.csv", edges) +
                   "' --db '" + fresh + "'");
    EXPECT_NE(r.rc, 0) << r.out;
    EXPECT_EQ(LineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(expected), std::string::npos) << r.err;
    CliRun listing = Run("export --format jsonl --db '" + fresh + "'");
    EXPECT_EQ(listing.out, "");
  };
  const std::string good_nodes = "id:ID,name,:LABEL\n0,Acme Inc.,Company\n1,Beta Ltd.,Company\n";
  const std::string good_edges = ":START_ID,:END_ID,:TYPE,percent:float\n0,1,OWNS,60\n";
  refuse_import("identifier,title\n0,Acme\n", good_edges, "nodes.csv");           // wrong header
  refuse_import(good_nodes, ":START_ID,:TYPE\n0,OWNS\n", "edges.csv");           // missing column
  refuse_import(good_nodes, ":START_ID,:END_ID,:TYPE\n0,7,OWNS\n", "edges.csv:2");  // unknown id
  refuse_import(good_nodes + "1,Beta Again Ltd.,Company\n", good_edges, "nodes.csv:4");  // duplicate id
  refuse_import(good_nodes, ":START_ID,:END_ID,:TYPE,percent:float\n0,1,OWNS,abc\n", "edges.csv:2");
  EXPECT_EQ(Snapshot(), before_);
}

TEST_F(BadInputTest, DirectoriesThatAreNotDatabases) {
  std::string foreign = Path("foreign");
  std::filesystem::create_directories(foreign);
  Write("foreign/notes.txt", "not a database");
  CliRun r = Run("stats --db '" + foreign + "'");
  EXPECT_NE(r.rc, 0);
  EXPECT_EQ(LineCount(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("not a corpgraph database"), std::string::npos) << r.err;
  r = Run("ingest '" + Demo() + "' --db '" + foreign + "'");
  EXPECT_NE(r.rc, 0);
  EXPECT_EQ(ReadFileBytes(Path("foreign/notes.txt")), "not a database");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(foreign), {}), 1);
  r = Run("stats --db '" + Path("no-such.db") + "'");
  EXPECT_NE(r.rc, 0);
  EXPECT_EQ(LineCount(r.err), 1) << r.err;
}

TEST_F(BadInputTest, ReadOnlyDatabaseDirectory) {
  // Root ignores permission bits, so the write is attempted as an unprivileged user.
  ASSERT_EQ(::chmod(dir_.c_str(), 0755), 0);
  ASSERT_EQ(::chmod(db_.c_str(), 0555), 0);
  std::string doc = Write("other.txt", "Lakeside Foods Inc. competes with Orchard Brands Inc.\n");
  ASSERT_EQ(::chmod(doc.c_str(), 0644), 0);
  std::string as_user = ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
  std::string cmd = as_user + "'" + CORPGRAPH_BINARY + "' ingest '" + doc + "' --db '" + db_ + "' 2>'" +
                    Path("err.txt") + "'";
  int status = std::system(cmd.c_str());
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) != 0);
  std::string err = ReadFileBytes(Path("err.txt"));
  EXPECT_EQ(LineCount(err), 1) << err;
  EXPECT_NE(err.find(db_), std::string::npos) << err;
  ASSERT_EQ(::chmod(db_.c_str(), 0755), 0);
  EXPECT_EQ(Snapshot(), before_);
}

}  // namespace
}  // namespace corpgraph::testing
