// Ingesting a corpus: many files and folders, extracted in parallel, stored by one writer.
//
//   std::vector<CorpusInput> inputs = ListCorpus({"filings/", "extra.htm"});
//   BatchOptions options;
//   options.jobs = 4;
//   StatusOr<BatchTotals> t = IngestBatch(*store, inputs, options,
//       [](const DocumentReport& r, const BatchProgress& p) { /* one line per document */ });
//
// `jobs` threads read and extract (PrepareDocument, or ParseExtractionFile for extraction
// files); the calling thread is the one writer and stores each document in one atomic write
// (StorePrepared), in input order, so entity ids do not depend on `jobs` or on timing: the
// result equals ingesting the inputs one by one. At most `max_in_flight` documents are read
// or extracted ahead of the writer, so memory stays bounded whatever the corpus size. A
// document whose content (sha256) is stored already is reported unchanged without being
// extracted again (unless `replace`), so re-running a batch costs little more than reading it.
//
// One bad file never stops the batch: a file that cannot be read, is not a valid document,
// has no relationship, or runs the extractor out of memory (std::bad_alloc, e.g. under
// `ulimit -v`) is reported as refused and the rest go on. Only a failure of the store itself
// (I/O error, corruption) ends the batch, with that error.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "graph/status.h"
#include "ingest/ingest.h"
#include "store/graph_store.h"

namespace corpgraph {

struct CorpusInput {
  std::string path;
  bool named = false;      // given by name (not found in a folder)
  std::uint64_t size = 0;  // bytes, 0 when unknown (missing file)
};

// Files named in `paths` as given, and the regular files under each folder in `paths`,
// recursively, in path order; names starting with "." (and what is under them) are left
// out. Formats are told by content later, never by extension. A path that does not exist is
// kept (named) so that its failure is reported like any other. Folders in `exclude` (e.g. the
// database being written, when it lies inside a corpus folder) are not entered.
std::vector<CorpusInput> ListCorpus(const std::vector<std::string>& paths,
                                    const std::vector<std::string>& exclude = {});

enum class BatchInput {
  kDocuments,    // filings: text, Markdown-ish, HTML, EDGAR
  kExtractions,  // files written by `corpgraph extract --json` (ingest/extraction_file.h)
};

struct BatchOptions {
  BatchInput input = BatchInput::kDocuments;
  int jobs = 0;                           // extraction threads; 0: one per core
  std::size_t max_in_flight = 0;          // documents read ahead of the writer; 0: 2 * jobs
  std::uint64_t max_bytes = 64ull << 20;  // larger files are refused unread
  IngestOptions ingest;  // filer, replace, rules (name is set per file); documents only
};

enum class Outcome {
  kStored,     // written
  kUnchanged,  // the same content was stored before; nothing written
  kSkipped,    // found in a folder but not for us: binary data (an image, a PDF), no
               // relationship found, or (extractions) not an extraction file
  kRefused,    // a failure: unreadable, invalid, out of memory, ... (named files that would be
               // skipped are refused)
};

struct DocumentReport {
  std::size_t index = 0;  // position in the input list
  std::string path;
  Outcome outcome = Outcome::kRefused;
  Status reason;            // why, for kSkipped and kRefused
  IngestSummary summary;    // for kStored; for kUnchanged the stored document (and its id)
  std::uint64_t bytes = 0;  // the file's size
};

struct BatchProgress {
  std::size_t done = 0;  // documents finished (any outcome)
  std::size_t total = 0;
  std::uint64_t bytes_done = 0;
  std::uint64_t bytes_total = 0;  // sum of the inputs' sizes
  double seconds = 0;             // since the batch started
};

struct BatchTotals {
  std::size_t stored = 0;
  std::size_t unchanged = 0;
  std::size_t skipped = 0;
  std::size_t refused = 0;
  std::uint64_t bytes = 0;  // of all inputs (as listed when a file failed before it was read)
  double seconds = 0;
  int jobs = 0;  // threads used
};

// Called on the writer (calling) thread after each document, in input order.
using DocumentCallback = std::function<void(const DocumentReport&, const BatchProgress&)>;
// Called on the writer thread about 4 times a second while it waits (for a progress display).
using TickCallback = std::function<void(const BatchProgress&)>;

// Ingests every input; see the top of this file. The totals on success (whatever the
// outcomes of single documents); the store's error when the store fails.
StatusOr<BatchTotals> IngestBatch(GraphStore& store, const std::vector<CorpusInput>& inputs,
                                  const BatchOptions& options, const DocumentCallback& on_document,
                                  const TickCallback& on_tick = nullptr);

}  // namespace corpgraph
