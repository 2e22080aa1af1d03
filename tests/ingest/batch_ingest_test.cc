#include "ingest/batch_ingest.h"

#include <gtest/gtest.h>
#include <malloc.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "ingest/extraction_file.h"
#include "tests/ingest/ingest_test_util.h"
#include "tests/store/temp_dir.h"

namespace corpgraph {
namespace {

namespace fs = std::filesystem;
using testing::DocumentsOf;
using testing::ExportOf;
using testing::OpenStoreOrDie;
using testing::ReadTestFile;
using testing::SourcePath;
using testing::TempDir;

void WriteFile(const std::string& path, const std::string& bytes) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

// Filings shipped in the repository, by file name.
const std::vector<std::string> kFilings = {
    "examples/iij-20f-fy2017.txt", "tests/data/gs-10k-2024-item1.txt",
    "tests/data/full/aapl-ex21.html", "tests/data/full/xom-ex21.html",
    "tests/data/full/medicis-10-k-1999-09-28.html"};

// A corpus folder: the filings (one in a sub-folder), plus files a real folder holds.
std::string MakeCorpus(const TempDir& dir) {
  std::string root = dir.Sub("corpus");
  for (std::size_t i = 0; i < kFilings.size(); ++i) {
    std::string name = fs::path(kFilings[i]).filename().string();
    WriteFile(root + (i == 2 ? "/exhibits/" : "/") + name, ReadTestFile(SourcePath(kFilings[i])));
  }
  WriteFile(root + "/logo.png", std::string("\x89PNG\r\n\x1a\n", 8) + std::string(64, '\0'));
  WriteFile(root + "/README.md", "# Filings\n\nDownloaded from EDGAR last week.\n");
  WriteFile(root + "/broken.html",
            "<html><body><p>Acme Inc. owns 60% of Caf\xe9 Corp.</p></body></html>");
  WriteFile(root + "/.git/config", "[core]\n");
  return root;
}

struct BatchRun {
  BatchTotals totals;
  std::map<std::string, DocumentReport> by_name;
  std::vector<std::size_t> order;
};

BatchRun IngestAll(GraphStore& store, const std::vector<CorpusInput>& inputs,
                   BatchOptions options) {
  BatchRun run;
  StatusOr<BatchTotals> t =
      IngestBatch(store, inputs, options, [&](const DocumentReport& r, const BatchProgress& p) {
        run.order.push_back(r.index);
        EXPECT_EQ(p.done, run.order.size());
        EXPECT_EQ(p.total, inputs.size());
        run.by_name[fs::path(r.path).filename().string()] = r;
      });
  EXPECT_TRUE(t.ok()) << t.status().ToString();
  if (t.ok()) run.totals = *t;
  return run;
}

TEST(ListCorpusTest, FoldersRecursivelyInPathOrderHiddenLeftOutNamedKept) {
  TempDir dir;
  std::string root = MakeCorpus(dir);
  std::vector<CorpusInput> inputs = ListCorpus({root, dir.Sub("missing.htm")});
  std::vector<std::string> names;
  for (const CorpusInput& in : inputs) names.push_back(fs::relative(in.path, dir.path()).string());
  std::vector<std::string> expected = {"corpus/README.md",
                                       "corpus/broken.html",
                                       "corpus/exhibits/aapl-ex21.html",
                                       "corpus/gs-10k-2024-item1.txt",
                                       "corpus/iij-20f-fy2017.txt",
                                       "corpus/logo.png",
                                       "corpus/medicis-10-k-1999-09-28.html",
                                       "corpus/xom-ex21.html",
                                       "missing.htm"};
  EXPECT_EQ(names, expected);
  EXPECT_FALSE(inputs.front().named);
  EXPECT_TRUE(inputs.back().named);
  EXPECT_EQ(inputs[1].size, fs::file_size(root + "/broken.html"));
  // An excluded folder (the database inside the corpus) is not entered.
  inputs = ListCorpus({root}, {root + "/exhibits/"});
  EXPECT_EQ(inputs.size(), expected.size() - 2);
  for (const CorpusInput& in : inputs)
    EXPECT_EQ(in.path.find("exhibits"), std::string::npos) << in.path;
}

TEST(BatchIngestTest, StoresEveryFilingSkipsWhatIsNotOneRefusesBadFilesAndGoesOn) {
  TempDir dir;
  std::string root = MakeCorpus(dir);
  std::unique_ptr<GraphStore> store = OpenStoreOrDie(dir.Sub("db"));
  ASSERT_TRUE(store);
  std::vector<CorpusInput> inputs = ListCorpus({root, dir.Sub("missing.htm")});
  BatchOptions options;
  options.jobs = 2;
  BatchRun run = IngestAll(*store, inputs, options);

  EXPECT_EQ(run.totals.stored, kFilings.size());
  EXPECT_EQ(run.totals.unchanged, 0u);
  EXPECT_EQ(run.totals.skipped, 2u);  // logo.png, README.md
  EXPECT_EQ(run.totals.refused, 2u);  // broken.html, missing.htm
  EXPECT_EQ(run.totals.jobs, 2);
  for (const std::string& f : kFilings) {
    EXPECT_EQ(run.by_name[fs::path(f).filename().string()].outcome, Outcome::kStored) << f;
  }
  EXPECT_EQ(run.by_name["logo.png"].outcome, Outcome::kSkipped);
  EXPECT_NE(run.by_name["logo.png"].reason.message().find("PNG"), std::string::npos);
  EXPECT_EQ(run.by_name["README.md"].outcome, Outcome::kSkipped);
  EXPECT_NE(run.by_name["README.md"].reason.message().find("no relationships"), std::string::npos);
  EXPECT_EQ(run.by_name["broken.html"].outcome, Outcome::kRefused);
  EXPECT_NE(run.by_name["broken.html"].reason.message().find("UTF-8"), std::string::npos);
  EXPECT_EQ(run.by_name["missing.htm"].outcome, Outcome::kRefused);
  EXPECT_NE(run.by_name["missing.htm"].reason.message().find("no such file"), std::string::npos);
  std::vector<std::size_t> in_order(inputs.size());
  for (std::size_t i = 0; i < in_order.size(); ++i) in_order[i] = i;
  EXPECT_EQ(run.order, in_order) << "the writer reports (and stores) in input order";
  StatusOr<StoreStats> stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, kFilings.size());

  std::string graph = ExportOf(*store);
  BatchRun again = IngestAll(*store, inputs, options);
  EXPECT_EQ(again.totals.stored, 0u);
  EXPECT_EQ(again.totals.unchanged, kFilings.size());
  EXPECT_EQ(ExportOf(*store), graph) << "re-running stores nothing new";
}

TEST(BatchIngestTest, NamedFilesThatAFolderWouldSkipAreRefused) {
  TempDir dir;
  std::string root = MakeCorpus(dir);
  std::unique_ptr<GraphStore> store = OpenStoreOrDie(dir.Sub("db"));
  ASSERT_TRUE(store);
  BatchRun run = IngestAll(*store, ListCorpus({root + "/logo.png", root + "/README.md"}), {});
  EXPECT_EQ(run.totals.refused, 2u);
  EXPECT_NE(run.by_name["logo.png"].reason.message().find("PNG"), std::string::npos);
}

TEST(BatchIngestTest, TheGraphDoesNotDependOnJobsAndEqualsOneByOneIngest) {
  TempDir dir;
  std::string root = MakeCorpus(dir);
  std::vector<CorpusInput> inputs = ListCorpus({root});
  std::unique_ptr<GraphStore> one_by_one = OpenStoreOrDie(dir.Sub("sequential"));
  ASSERT_TRUE(one_by_one);
  for (const CorpusInput& in : inputs) {
    IngestOptions options;
    options.name = fs::path(in.path).filename().string();
    (void)IngestDocument(*one_by_one, ReadTestFile(in.path), options);  // non-filings fail here
  }
  std::string expected = ExportOf(*one_by_one);
  ASSERT_GT(std::count(expected.begin(), expected.end(), '\n'), 100);
  for (int jobs : {1, 2, 4}) {
    for (std::size_t window : {std::size_t{1}, std::size_t{0}}) {
      SCOPED_TRACE("jobs " + std::to_string(jobs) + ", window " + std::to_string(window));
      std::unique_ptr<GraphStore> store =
          OpenStoreOrDie(dir.Sub("jobs" + std::to_string(jobs) + "-" + std::to_string(window)));
      ASSERT_TRUE(store);
      BatchOptions options;
      options.jobs = jobs;
      options.max_in_flight = window;
      BatchRun run = IngestAll(*store, inputs, options);
      EXPECT_EQ(run.totals.stored, kFilings.size());
      EXPECT_EQ(ExportOf(*store), expected);
      EXPECT_EQ(DocumentsOf(*store), DocumentsOf(*one_by_one));
    }
  }
}

TEST(BatchIngestTest, ExtractionFilesMergeLikeTheDocuments) {
  TempDir dir;
  std::string root = MakeCorpus(dir);
  std::vector<CorpusInput> inputs = ListCorpus({root});
  std::unique_ptr<GraphStore> direct = OpenStoreOrDie(dir.Sub("direct"));
  ASSERT_TRUE(direct);
  IngestAll(*direct, inputs, {});
  // Extract every input into a folder of extraction files (what `extract --json` writes).
  std::string out = dir.Sub("extractions");
  for (const CorpusInput& in : inputs) {
    IngestOptions options;
    options.name = fs::path(in.path).filename().string();
    StatusOr<PreparedDocument> p = PrepareDocument(ReadTestFile(in.path), options);
    if (p.ok()) WriteFile(out + "/" + options.name + ".json", ExtractionFileJson(*p));
  }
  WriteFile(out + "/notes.txt", "not an extraction\n");
  WriteFile(out + "/zz-bad.json", "{\"corpgraph_extraction\": {\"version\": 1}}");
  std::unique_ptr<GraphStore> merged = OpenStoreOrDie(dir.Sub("merged"));
  ASSERT_TRUE(merged);
  BatchOptions options;
  options.input = BatchInput::kExtractions;
  options.jobs = 2;
  BatchRun run = IngestAll(*merged, ListCorpus({out}), options);
  EXPECT_EQ(run.totals.stored, kFilings.size());
  EXPECT_EQ(run.by_name["README.md.json"].outcome, Outcome::kSkipped);  // extracted, nothing in it
  EXPECT_EQ(run.by_name["notes.txt"].outcome, Outcome::kSkipped);
  EXPECT_EQ(run.by_name["zz-bad.json"].outcome, Outcome::kRefused);
  EXPECT_NE(run.by_name["zz-bad.json"].reason.message().find("missing \"document\""),
            std::string::npos);
  EXPECT_EQ(ExportOf(*merged), ExportOf(*direct));
  EXPECT_EQ(DocumentsOf(*merged), DocumentsOf(*direct));
  BatchRun again = IngestAll(*merged, ListCorpus({out}), options);
  EXPECT_EQ(again.totals.stored, 0u);
  EXPECT_EQ(again.totals.unchanged, kFilings.size());
}

#if defined(__SANITIZE_ADDRESS__)
#define CORPGRAPH_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CORPGRAPH_ASAN 1
#endif
#endif

// Current size of the address space, in bytes (VmSize).
std::uint64_t AddressSpaceBytes() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmSize:", 0) == 0) return std::stoull(line.substr(7)) * 1024;
  }
  return 0;
}

TEST(BatchIngestTest, OutOfMemoryInOneDocumentRefusesItAndTheRestAreStored) {
#ifdef CORPGRAPH_ASAN
  GTEST_SKIP() << "an address-space limit cannot be combined with AddressSanitizer's shadow memory";
#else
  TempDir dir;
  std::string root = dir.Sub("corpus");
  WriteFile(root + "/a-iij.txt", ReadTestFile(SourcePath("examples/iij-20f-fy2017.txt")));
  // 48 MB: reading it alone needs more than the headroom left below, whatever the extractor does.
  WriteFile(root + "/b-huge.txt", std::string(48 << 20, 'x'));
  WriteFile(root + "/c-xom.html", ReadTestFile(SourcePath("tests/data/full/xom-ex21.html")));
  std::vector<CorpusInput> inputs = ListCorpus({root});
  ASSERT_EQ(inputs.size(), 3u);
  // Compile the built-in rules before the cap (a long-running ingest has them already).
  IngestOptions warm;
  ASSERT_TRUE(PrepareDocument("Acme Holdings Inc. owns 60% of Beta Widgets Ltd.\n", warm).ok());
  pid_t pid = fork();
  if (pid == 0) {  // No gtest assertions here: the child reports through its exit status.
    StatusOr<std::unique_ptr<GraphStore> > store = GraphStore::Open(dir.Sub("db"), {});
    if (!store.ok()) _exit(20);
    mallopt(M_ARENA_MAX, 1);
    std::uint64_t cap = AddressSpaceBytes() + (64u << 20);
    rlimit limit{cap, cap};
    if (setrlimit(RLIMIT_AS, &limit) != 0) _exit(10);
    BatchOptions options;
    options.jobs = 1;
    int code = 0;
    StatusOr<BatchTotals> t =
        IngestBatch(**store, inputs, options, [&](const DocumentReport& r, const BatchProgress&) {
          bool huge = r.path.find("b-huge") != std::string::npos;
          if (huge && (r.outcome != Outcome::kRefused ||
                       r.reason.message().find("out of memory") == std::string::npos)) {
            code |= 1;
          }
          if (!huge && r.outcome != Outcome::kStored) code |= 2;
        });
    if (!t.ok()) code |= 4;
    if (t.ok() && (t->stored != 2 || t->refused != 1)) code |= 8;
    _exit(code);
  }
  ASSERT_GT(pid, 0);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status)) << "the child died (signal " << WTERMSIG(status) << ")";
  EXPECT_EQ(WEXITSTATUS(status), 0)
      << "1: the huge file was not refused for memory; 2: another file was "
         "not stored; 4: the batch failed; 8: wrong totals; 20: no store";
  std::unique_ptr<GraphStore> store = OpenStoreOrDie(dir.Sub("db"));
  ASSERT_TRUE(store);
  StatusOr<std::vector<Document> > docs = store->ListDocuments();
  ASSERT_TRUE(docs.ok());
  EXPECT_EQ(docs->size(), 2u);
#endif
}

}  // namespace
}  // namespace corpgraph
