#include "ingest/batch_ingest.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <new>
#include <optional>
#include <sstream>
#include <thread>

#include "ingest/extraction_file.h"

namespace corpgraph {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

bool Hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

StatusOr<std::string> ReadFile(const std::string& path, std::uint64_t max_bytes) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return Status::NotFound("no such file");
  if (fs::is_directory(st)) return Status::InvalidArgument("a directory, not a file");
  std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) {
    return Status::ResourceExhausted(std::to_string(size) + " bytes, larger than the limit of " +
                                     std::to_string(max_bytes) + " bytes; nothing was read");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot be read");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError("error while reading");
  return std::move(buffer).str();
}

// What binary data found in a folder is ("a PNG image"), or "" for text.
std::string BinaryKind(std::string_view bytes) {
  static const std::pair<std::string_view, const char*> kMagic[] = {
      {"\x89PNG", "a PNG image"},
      {"\xFF\xD8\xFF", "a JPEG image"},
      {"GIF8", "a GIF image"},
      {"%PDF", "a PDF file"},
      {"PK\x03\x04", "a ZIP archive"},
      {"\x1F\x8B", "a gzip file"},
      {"\xD0\xCF\x11\xE0", "an OLE (Word, Excel) file"}};
  for (const auto& [magic, kind] : kMagic) {
    if (bytes.substr(0, magic.size()) == magic) return kind;
  }
  if (bytes.substr(0, 8192).find('\0') != std::string_view::npos) return "binary data (NUL bytes)";
  return "";
}

Status WithPrefix(const std::string& prefix, const Status& s) {
  return Status(s.code(), prefix + s.message());
}

// The work of one input up to (not including) the store: read, then extract or parse.
struct Prepared {
  Outcome outcome = Outcome::kStored;  // kStored: `document` is ready for the writer
  Status reason;
  std::optional<PreparedDocument> document;
  std::optional<Document> stored;  // the same content is stored already (kUnchanged)
  std::uint64_t bytes = 0;
};

// The stored document with this content, if any. Reads only (safe beside the writer).
std::optional<Document> StoredCopy(const GraphStore& store, const Document& d) {
  StatusOr<Document> found = store.FindDocument(d.id);
  if (found.ok() && found->sha256 == d.sha256) return *found;
  return std::nullopt;
}

Prepared PrepareInput(const GraphStore& store, const CorpusInput& input,
                      const BatchOptions& options) {
  Prepared out;
  auto refuse = [&](Status s) {
    out.outcome = Outcome::kRefused;
    out.reason = std::move(s);
    return std::move(out);
  };
  auto skip_or_refuse = [&](Status s) {
    out.outcome = input.named ? Outcome::kRefused : Outcome::kSkipped;
    out.reason = std::move(s);
    return std::move(out);
  };
  StatusOr<std::string> bytes = ReadFile(input.path, options.max_bytes);
  if (!bytes.ok()) return refuse(bytes.status());
  out.bytes = bytes->size();
  StatusOr<PreparedDocument> prepared = Status::Internal("not prepared");
  if (options.input == BatchInput::kExtractions) {
    if (!LooksLikeExtractionFile(*bytes)) {
      return skip_or_refuse(Status::InvalidArgument(
          "not an extraction file (those are written by `corpgraph extract --json`)"));
    }
    prepared = ParseExtractionFile(*bytes);
  } else {
    if (std::string kind = BinaryKind(*bytes); !kind.empty() && !input.named) {
      return skip_or_refuse(Status::InvalidArgument("not a document: " + kind));
    }
    IngestOptions ingest = options.ingest;
    ingest.name = fs::path(input.path).filename().string();
    if (!ingest.replace) {  // stored before: no need to extract it again
      out.stored = StoredCopy(store, DescribeDocument(*bytes, ingest.name));
      if (out.stored) {
        out.outcome = Outcome::kUnchanged;
        return out;
      }
    }
    prepared = PrepareDocument(*bytes, ingest);
  }
  bytes = Status::Internal("released");  // the text is not needed past this point
  if (!prepared.ok()) return refuse(prepared.status());
  if (Status s = CheckStorable(*prepared); !s.ok()) return skip_or_refuse(s);
  out.document = std::move(*prepared);
  return out;
}

// PrepareInput with every exception turned into a refusal of this input only.
Prepared PrepareIsolated(const GraphStore& store, const CorpusInput& input,
                         const BatchOptions& options) {
  try {
    return PrepareInput(store, input, options);
  } catch (const std::bad_alloc&) {
    Prepared out;
    out.outcome = Outcome::kRefused;
    out.reason = Status::ResourceExhausted(
        "ran out of memory while reading or extracting (std::bad_alloc); the rest of the batch "
        "goes on");
    return out;
  } catch (const std::exception& e) {
    Prepared out;
    out.outcome = Outcome::kRefused;
    out.reason = Status::Internal(std::string("internal error while extracting: ") + e.what());
    return out;
  }
}

bool StoreFailure(const Status& s) {
  return s.code() == StatusCode::kIoError || s.code() == StatusCode::kCorruption ||
         s.code() == StatusCode::kFailedPrecondition || s.code() == StatusCode::kInternal;
}

}  // namespace

std::vector<CorpusInput> ListCorpus(const std::vector<std::string>& paths,
                                    const std::vector<std::string>& exclude) {
  std::vector<fs::path> excluded;
  for (const std::string& e : exclude) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(e, ec);
    if (!ec) excluded.push_back(p);
  }
  auto is_excluded = [&](const fs::path& p) {
    if (excluded.empty()) return false;
    std::error_code ec;
    fs::path c = fs::weakly_canonical(p, ec);
    return !ec && std::find(excluded.begin(), excluded.end(), c) != excluded.end();
  };
  std::vector<CorpusInput> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      std::uintmax_t size = fs::file_size(path, ec);
      out.push_back({path, true, ec ? 0 : static_cast<std::uint64_t>(size)});
      continue;
    }
    std::vector<CorpusInput> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec),
        end;
    for (; !ec && it != end; it.increment(ec)) {
      if (Hidden(it->path()) || (it->is_directory(ec) && is_excluded(it->path()))) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      std::uintmax_t size = it->file_size(ec);
      found.push_back({it->path().string(), false, ec ? 0 : static_cast<std::uint64_t>(size)});
      ec.clear();
    }
    std::sort(found.begin(), found.end(),
              [](const CorpusInput& a, const CorpusInput& b) { return a.path < b.path; });
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

StatusOr<BatchTotals> IngestBatch(GraphStore& store, const std::vector<CorpusInput>& inputs,
                                  const BatchOptions& options, const DocumentCallback& on_document,
                                  const TickCallback& on_tick) {
  const Clock::time_point start = Clock::now();
  int jobs =
      options.jobs > 0 ? options.jobs : static_cast<int>(std::thread::hardware_concurrency());
  jobs = std::max(1, std::min<int>(jobs, std::max<std::size_t>(inputs.size(), 1)));
  const std::size_t window = options.max_in_flight > 0 ? options.max_in_flight : 2 * jobs;

  BatchTotals totals;
  totals.jobs = jobs;
  BatchProgress progress;
  progress.total = inputs.size();
  for (const CorpusInput& in : inputs) progress.bytes_total += in.size;

  std::mutex mu;
  std::condition_variable ready;            // a result arrived, or the writer moved on
  std::map<std::size_t, Prepared> results;  // finished, not yet taken by the writer
  std::size_t next_claim = 0;               // next input a worker takes
  std::size_t taken = 0;                    // inputs the writer has taken
  bool stop = false;

  auto worker = [&] {
    std::unique_lock<std::mutex> lock(mu);
    while (true) {
      ready.wait(
          lock, [&] { return stop || next_claim >= inputs.size() || next_claim < taken + window; });
      if (stop || next_claim >= inputs.size()) return;
      std::size_t index = next_claim++;
      lock.unlock();
      Prepared p = PrepareIsolated(store, inputs[index], options);
      lock.lock();
      results.emplace(index, std::move(p));
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (int i = 0; i < jobs; ++i) threads.emplace_back(worker);
  auto finish = [&] {
    {
      std::lock_guard<std::mutex> lock(mu);
      stop = true;
    }
    ready.notify_all();
    for (std::thread& t : threads) t.join();
  };

  for (std::size_t index = 0; index < inputs.size(); ++index) {
    Prepared p;
    {
      std::unique_lock<std::mutex> lock(mu);
      while (!results.count(index)) {
        if (!ready.wait_for(lock, std::chrono::milliseconds(250),
                            [&] { return results.count(index) > 0; }) &&
            on_tick) {
          progress.seconds = std::chrono::duration<double>(Clock::now() - start).count();
          lock.unlock();
          on_tick(progress);
          lock.lock();
        }
      }
      auto it = results.find(index);
      p = std::move(it->second);
      results.erase(it);
      taken = index + 1;
    }
    ready.notify_all();

    DocumentReport report;
    report.index = index;
    report.path = inputs[index].path;
    report.bytes = p.bytes;
    report.outcome = p.outcome;
    report.reason = std::move(p.reason);
    if (p.stored) {
      report.summary.document = *p.stored;
      report.summary.filer_name = p.stored->filer;
      report.summary.stored.document_id = p.stored->id;
      report.summary.stored.already_present = true;
    }
    if (p.document) {
      StatusOr<IngestSummary> stored = Status::Internal("not stored");
      try {
        stored = StorePrepared(store, *p.document, options.ingest.replace);
      } catch (const std::bad_alloc&) {
        stored = Status::ResourceExhausted("ran out of memory while storing (std::bad_alloc)");
      }
      p.document.reset();
      if (!stored.ok()) {
        if (StoreFailure(stored.status())) {
          finish();
          return WithPrefix(report.path + ": ", stored.status());
        }
        report.outcome = Outcome::kRefused;
        report.reason = stored.status();
      } else {
        report.outcome = stored->stored.already_present ? Outcome::kUnchanged : Outcome::kStored;
        report.summary = std::move(*stored);
      }
    }
    switch (report.outcome) {
      case Outcome::kStored:
        ++totals.stored;
        break;
      case Outcome::kUnchanged:
        ++totals.unchanged;
        break;
      case Outcome::kSkipped:
        ++totals.skipped;
        break;
      case Outcome::kRefused:
        ++totals.refused;
        break;
    }
    if (report.bytes == 0) report.bytes = inputs[index].size;  // failed before or while reading
    totals.bytes += report.bytes;
    ++progress.done;
    progress.bytes_done += report.bytes;
    progress.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (on_document) on_document(report, progress);
  }
  finish();
  totals.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return totals;
}

}  // namespace corpgraph
