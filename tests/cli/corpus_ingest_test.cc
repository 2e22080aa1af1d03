// `corpgraph ingest` over folders: parallel extraction, one writer, bad files reported and
// passed over, re-runs that store nothing; and extraction distributed with GNU parallel then
// merged with `ingest --extractions`, which must give the graph a direct ingest gives.
//
// The corpus is the whole filings shipped in tests/data/full plus the development-set texts;
// corpus_full_test.cc runs the parallel merge over the shared whole-filing corpus.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "corpus_test_util.h"

namespace corpgraph::testing {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kShipped = {
    "tests/data/full/aapl-ex21.html",
    "tests/data/full/xom-ex21.html",
    "tests/data/full/medicis-10-k-1999-09-28.html",
    "tests/data/full/commonwealth-income-growth-fund-v-10-k-2016.html",
    "tests/data/iij-20f-fy2017.txt",
    "tests/data/gs-10k-2024-item1.txt",
    "tests/data/avgo-10k-fy2024-item1.txt"};

class CorpusIngestTest : public CorpusTest {
 protected:
  // Copies the shipped filings into `folder` (the last two in a sub-folder) and returns it.
  std::string Corpus(const std::string& folder = "corpus") {
    fs::path root = dir_ / folder;
    for (std::size_t i = 0; i < kShipped.size(); ++i) {
      fs::path dst =
          root / (i + 2 >= kShipped.size() ? "texts" : "") / fs::path(kShipped[i]).filename();
      fs::create_directories(dst.parent_path());
      fs::copy_file(std::string(CORPGRAPH_SOURCE_DIR) + "/" + kShipped[i], dst);
    }
    return root.string();
  }
};

TEST_F(CorpusIngestTest, IngestsAFolderInParallelReportsBadFilesAndGoesOn) {
  std::string corpus = Corpus();
  Write("corpus/broken-10k.htm",
        "<html><body><p>Acme Inc. owns 60% of Caf\xe9 Corp.</p></body></html>");
  Write("corpus/cover.jpg", std::string("\xFF\xD8\xFF\xE0", 4) + std::string(100, '\0'));
  Write("corpus/notes.md", "# Notes\n\nTo read next week.\n");
  CliRun r = RunDb("ingest '" + corpus + "' --jobs 2");
  EXPECT_EQ(r.rc, 1) << "a refused file makes the exit status 1\n" << r.err;
  EXPECT_EQ(Summary(r.out), (std::vector<int>{static_cast<int>(kShipped.size()), 0, 2, 1}))
      << r.out;
  EXPECT_EQ(LineCount(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("broken-10k.htm: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("UTF-8"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("cover.jpg: skipped, not a document: a JPEG image"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("2 jobs"), std::string::npos) << r.out;
  for (const std::string& f : kShipped) {
    EXPECT_NE(r.out.find(fs::path(f).filename().string() + ": stored as document"),
              std::string::npos)
        << f;
  }
  std::string graph = Graph(db_);
  ASSERT_GT(LineCount(graph), 200);

  fs::remove(dir_ / "corpus" / "broken-10k.htm");
  r = RunDb("ingest '" + corpus + "'");
  EXPECT_EQ(r.rc, 0) << r.err;
  EXPECT_EQ(Summary(r.out), (std::vector<int>{0, static_cast<int>(kShipped.size()), 2, 0}))
      << r.out;
  EXPECT_EQ(Graph(db_), graph) << "re-running the same command stores nothing new";
  CliRun stats = RunDb("stats --verify");
  EXPECT_EQ(stats.rc, 0) << stats.err;
  EXPECT_NE(stats.out.find("documents: " + std::to_string(kShipped.size())), std::string::npos)
      << stats.out;
}

TEST_F(CorpusIngestTest, OneJobAndTwoJobsGiveTheSameGraph) {
  std::string corpus = Corpus();
  std::string one = Path("one"), two = Path("two");
  ASSERT_EQ(Run("ingest '" + corpus + "' --jobs 1 --db '" + one + "'").rc, 0);
  ASSERT_EQ(Run("ingest '" + corpus + "' --jobs 2 --db '" + two + "'").rc, 0);
  EXPECT_EQ(Graph(one), Graph(two));
  EXPECT_EQ(Documents(one), Documents(two));
}

TEST_F(CorpusIngestTest, TheDatabaseInsideTheFolderIsNotRead) {
  std::string corpus = Corpus();
  std::string db = corpus + "/corpgraph.db";
  ASSERT_EQ(Run("ingest '" + corpus + "' --db '" + db + "'").rc, 0);
  CliRun r = Shell("cd corpus && '" + std::string(CORPGRAPH_BINARY) +
                   "' ingest .");  // default ./corpgraph.db
  EXPECT_EQ(r.rc, 0) << r.err;
  EXPECT_EQ(Summary(r.out), (std::vector<int>{0, static_cast<int>(kShipped.size()), 0, 0}))
      << r.out;
}

TEST_F(CorpusIngestTest, EmptyFolderAndBadFlagsAreErrors) {
  fs::create_directories(dir_ / "empty");
  CliRun r = RunDb("ingest '" + Path("empty") + "'");
  EXPECT_EQ(r.rc, 1);
  EXPECT_NE(r.err.find("found no files"), std::string::npos) << r.err;
  EXPECT_EQ(RunDb("ingest '" + Path("empty") + "' --jobs 0").rc, 2);
  EXPECT_EQ(RunDb("ingest --extractions '" + Path("empty") + "' --filer Acme").rc, 2);
}

TEST_F(CorpusIngestTest, ParallelExtractionMergedEqualsDirectIngest) {
  if (!HaveParallel()) {
    if (std::getenv("CORPGRAPH_REQUIRE_PARALLEL")) FAIL() << "GNU parallel is not installed";
    GTEST_SKIP() << "GNU parallel is not installed (scripts/install-deps.sh --test installs it)";
  }
  std::string corpus = Corpus();
  std::string out = Path("extractions");
  CliRun p = ParallelExtract(corpus, out);
  ASSERT_EQ(p.rc, 0) << p.err;
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(out)) files += e.is_regular_file();
  EXPECT_EQ(files, kShipped.size());

  std::string merged = Path("merged"), direct = Path("direct");
  CliRun m = Run("ingest --extractions '" + out + "' --db '" + merged + "'");
  ASSERT_EQ(m.rc, 0) << m.err;
  EXPECT_EQ(Summary(m.out), (std::vector<int>{static_cast<int>(kShipped.size()), 0, 0, 0}))
      << m.out;
  CliRun d = Run("ingest '" + corpus + "' --db '" + direct + "'");
  ASSERT_EQ(d.rc, 0) << d.err;
  std::string graph = Graph(direct);
  ASSERT_GT(LineCount(graph), 200);
  EXPECT_EQ(Documents(merged), Documents(direct));
  EXPECT_EQ(graph, Graph(merged));
  m = Run("ingest --extractions '" + out + "' --db '" + merged + "'");
  EXPECT_EQ(m.rc, 0) << m.err;
  EXPECT_EQ(Summary(m.out), (std::vector<int>{0, static_cast<int>(kShipped.size()), 0, 0}))
      << m.out;
  EXPECT_EQ(Graph(merged), graph);
}

}  // namespace
}  // namespace corpgraph::testing
