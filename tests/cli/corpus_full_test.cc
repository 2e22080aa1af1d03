// The parallel extract-and-merge check over the whole-filing corpus of the team's shared
// folder (../shared/filings/full, or $CORPGRAPH_FULL_CORPUS): every file extracted by GNU
// parallel, each job under a 3 GB address-space cap and a time limit, merged with
// `ingest --extractions`; the graph must equal `ingest DIR --jobs 2` of the same folder.
// Skipped when the folder or GNU parallel is missing (a clean checkout: corpus_ingest_test
// runs the same check on the filings shipped in tests/data/full). Labelled slow.
#include <filesystem>

#include "corpus_test_util.h"

namespace corpgraph::testing {
namespace {

namespace fs = std::filesystem;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAsan = true;
#elif defined(__has_feature)
constexpr bool kAsan = __has_feature(address_sanitizer);
#else
constexpr bool kAsan = false;
#endif

using CorpusFullTest = CorpusTest;

TEST_F(CorpusFullTest, ParallelExtractionOfTheWholeFilingCorpusMergedEqualsDirectIngest) {
  const char* env = std::getenv("CORPGRAPH_FULL_CORPUS");
  std::string corpus =
      env && *env ? env : std::string(CORPGRAPH_SOURCE_DIR) + "/../shared/filings/full";
  if (!fs::is_directory(corpus)) GTEST_SKIP() << corpus << " is not here";
  if (!HaveParallel()) GTEST_SKIP() << "GNU parallel is not installed";
  // A runaway document must not take the machine down: cap each process (not under ASan,
  // whose shadow memory needs a huge address space).
  std::string cap = kAsan ? "" : "ulimit -v 3000000; ";
  std::string out = Path("extractions");
  CliRun p = ParallelExtract(corpus, out, cap);
  ASSERT_EQ(p.rc, 0) << p.err;

  std::string merged = Path("merged"), direct = Path("direct");
  CliRun m = Shell(cap + "'" + CORPGRAPH_BINARY + "' ingest --extractions '" + out + "' --db '" +
                   merged + "'");
  ASSERT_EQ(m.rc, 0) << m.err;
  std::vector<int> merged_counts = Summary(m.out);
  CliRun d = Shell(cap + "'" + CORPGRAPH_BINARY + "' ingest '" + corpus + "' --jobs 2 --db '" +
                   direct + "'");
  ASSERT_EQ(d.rc, 0) << d.err;
  std::vector<int> direct_counts = Summary(d.out);
  ASSERT_EQ(direct_counts.size(), 4u) << d.out;
  EXPECT_GE(direct_counts[0], 20) << d.out;  // the corpus holds 23 whole filings
  EXPECT_EQ(merged_counts, direct_counts) << m.out;
  std::string graph = Graph(direct);
  EXPECT_EQ(Documents(merged), Documents(direct));
  EXPECT_EQ(Graph(merged), graph);
  m = Run("ingest --extractions '" + out + "' --db '" + merged + "'");
  EXPECT_EQ(m.rc, 0) << m.err;
  EXPECT_EQ(Summary(m.out)[0], 0) << m.out;
  EXPECT_EQ(Graph(merged), graph);
}

}  // namespace
}  // namespace corpgraph::testing
