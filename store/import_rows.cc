#include "store/import_rows.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <ctime>
#include <fstream>
#include <iterator>
#include <thread>

#include "store/key_codec.h"
#include "store/sha256.h"

namespace corpgraph::store {
namespace {

StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidArgument("cannot read " + path);
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return Status::InvalidArgument("cannot read " + path);
  in.seekg(0);
  std::string data(static_cast<std::size_t>(size), '\0');
  if (!in.read(data.data(), size)) return Status::IoError("error while reading " + path);
  return data;
}

bool ParseU64(std::string_view s, std::uint64_t* v) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && ptr == s.data() + s.size() && !s.empty();
}

bool ParseDouble(std::string_view s, double* v) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && ptr == s.data() + s.size() && !s.empty();
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// ";"-separated list (Neo4j array fields); empty items dropped.
std::vector<std::string> SplitList(std::string_view s) {
  std::vector<std::string> out;
  while (!s.empty()) {
    std::size_t semi = s.find(';');
    std::string_view item = s.substr(0, semi);
    if (!item.empty()) out.emplace_back(item);
    if (semi == std::string_view::npos) break;
    s.remove_prefix(semi + 1);
  }
  return out;
}

std::string Quote(std::string_view s) { return "'" + std::string(s.substr(0, 60)) + "'"; }

}  // namespace

Document ImportDocument(const std::string& nodes_path, const std::string& edges_path,
                        const ParsedNodes& nodes, const ParsedEdges& edges) {
  auto base_name = [](const std::string& path) {
    size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
  };
  Document doc;
  doc.sha256 = Sha256Hex(nodes.sha256 + edges.sha256);
  DocKey key = 0;
  ParseDocId(std::string_view(doc.sha256).substr(0, 16), &key);
  doc.id = DocIdString(key);
  doc.name = base_name(nodes_path) + "+" + base_name(edges_path);
  doc.format = "csv";
  doc.form = "import";
  doc.size = nodes.data.size();
  doc.ingested_at = static_cast<std::int64_t>(::time(nullptr));
  return doc;
}

Status TakeRowErrors(RowErrors& node_errors, RowErrors& edge_errors, OnBadRow on_error,
                     std::size_t max_reported, ImportResult* result) {
  result->bad_rows = node_errors.count + edge_errors.count;
  for (RowErrors* errs : {&node_errors, &edge_errors}) {
    for (std::string& m : errs->messages) {
      if (result->errors.size() < max_reported) result->errors.push_back(std::move(m));
    }
  }
  if (result->bad_rows == 0 || on_error != OnBadRow::kFail) return Status::Ok();
  std::string first = result->errors.empty() ? "" : result->errors.front();
  std::string more = result->bad_rows > 1 ? " (and " + std::to_string(result->bad_rows - 1) + " more bad rows)" : "";
  return Status::InvalidArgument(first + more + "; nothing was imported");
}

void RowErrors::Add(std::string_view file, std::size_t line, std::string_view message) {
  ++count;
  if (messages.size() < limit) {
    messages.push_back(std::string(file) + ":" + std::to_string(line) + ": " + std::string(message));
  }
}

Status ParseNodes(const std::string& path, ParsedNodes* out, RowErrors* errors,
                  std::atomic<std::size_t>* progress) {
  StatusOr<std::string> data = ReadFile(path);
  if (!data.ok()) return data.status();
  out->data = std::move(*data);
  out->sha256 = Sha256Hex(out->data);
  out->reader = std::make_unique<CsvReader>(out->data);
  CsvReader& reader = *out->reader;
  std::vector<std::string_view> fields;
  std::string error;
  if (!reader.Next(&fields, &error) || !error.empty()) {
    return Status::InvalidArgument(path + ": no header line");
  }
  int id_col = -1, name_col = -1, kind_col = -1, label_col = -1, aliases_col = -1, country_col = -1;
  std::vector<std::pair<int, std::string>> props;
  for (int i = 0; i < static_cast<int>(fields.size()); ++i) {
    std::string_view name, type;
    SplitCsvHeader(fields[i], &name, &type);
    if (type.starts_with("ID")) id_col = i;
    else if (name.empty() && EqualsIgnoreCase(type, "LABEL")) label_col = i;
    else if (name == "name") name_col = i;
    else if (name == "kind") kind_col = i;
    else if (name == "aliases") aliases_col = i;
    else if (name == "country") country_col = i;
    else props.emplace_back(i, std::string(fields[i]));
  }
  if (id_col < 0) return Status::InvalidArgument(path + ": the header has no :ID column");
  if (name_col < 0) return Status::InvalidArgument(path + ": the header has no name column");
  const std::size_t columns = fields.size();

  std::size_t n = 0;
  while (reader.Next(&fields, &error)) {
    if ((++n & 0xffff) == 0) progress->fetch_add(0x10000, std::memory_order_relaxed);
    if (!error.empty()) {
      errors->Add(path, reader.line(), error);
      continue;
    }
    if (fields.size() != columns) {
      errors->Add(path, reader.line(), "expected " + std::to_string(columns) + " fields, found " +
                                           std::to_string(fields.size()));
      continue;
    }
    NodeRow row;
    row.line = static_cast<std::uint32_t>(reader.line());
    if (!ParseU64(fields[id_col], &row.id)) {
      errors->Add(path, reader.line(), "bad :ID " + Quote(fields[id_col]) + " (want an unsigned integer)");
      continue;
    }
    row.name = fields[name_col];
    bool has_word_char = std::any_of(row.name.begin(), row.name.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    });
    if (!has_word_char) {  // nothing a name lookup could ever find
      errors->Add(path, reader.line(), "name " + Quote(row.name) + " has no letter or digit");
      continue;
    }
    Entity extra;
    bool has_extra = false;
    std::optional<EntityKind> kind;
    if (kind_col >= 0 && !fields[kind_col].empty()) {
      kind = ParseEntityKind(fields[kind_col]);
      if (!kind) {
        errors->Add(path, reader.line(), "unknown kind " + Quote(fields[kind_col]));
        continue;
      }
    }
    if (label_col >= 0 && !fields[label_col].empty()) {
      std::string_view labels = fields[label_col];
      bool known = false;
      for (const std::string& label : SplitList(labels)) {
        if (std::optional<EntityKind> k = ParseEntityKind(label)) {
          if (!kind) kind = k;
          known = true;
          break;
        }
      }
      if (!known || labels.find(';') != std::string_view::npos) {
        extra.properties["label"] = std::string(labels);  // keep labels we cannot express
        has_extra = true;
      }
    }
    row.kind = kind.value_or(EntityKind::kCompany);
    if (aliases_col >= 0 && !fields[aliases_col].empty()) {
      extra.aliases = SplitList(fields[aliases_col]);
      has_extra = true;
    }
    if (country_col >= 0 && !fields[country_col].empty()) {
      extra.country = std::string(fields[country_col]);
      has_extra = true;
    }
    for (const auto& [col, key] : props) {
      if (fields[col].empty()) continue;
      extra.properties[key] = std::string(fields[col]);
      has_extra = true;
    }
    if (has_extra) {
      out->extras.push_back(std::move(extra));
      row.extra = static_cast<std::uint32_t>(out->extras.size());
    }
    out->rows.push_back(row);
  }
  progress->fetch_add(n & 0xffff, std::memory_order_relaxed);
  // Sort by id (usually already sorted) and drop repeated ids, keeping the first row.
  if (!std::is_sorted(out->rows.begin(), out->rows.end(),
                      [](const NodeRow& a, const NodeRow& b) { return a.id < b.id; })) {
    std::stable_sort(out->rows.begin(), out->rows.end(),
                     [](const NodeRow& a, const NodeRow& b) { return a.id < b.id; });
  }
  auto dup = std::adjacent_find(out->rows.begin(), out->rows.end(),
                                [](const NodeRow& a, const NodeRow& b) { return a.id == b.id; });
  if (dup != out->rows.end()) {
    std::vector<NodeRow> unique;
    unique.reserve(out->rows.size());
    for (const NodeRow& r : out->rows) {
      if (!unique.empty() && unique.back().id == r.id) {
        errors->Add(path, r.line, "repeated :ID " + std::to_string(r.id));
        continue;
      }
      unique.push_back(r);
    }
    out->rows = std::move(unique);
  }
  return Status::Ok();
}

namespace {

struct EdgeColumns {
  std::size_t count = 0;
  int start = -1, end = -1, type = -1, percent = -1, amount = -1, former = -1;
  std::vector<std::pair<int, std::string EdgeAttributes::*>> text;
  std::vector<std::pair<int, std::string>> props;
};

// Parses the records of `chunk` (no header) whose first line is `first_line`.
Status ParseEdgeChunk(std::string_view chunk, std::size_t first_line, const std::string& path,
                      const EdgeColumns& cols, const CustomRelationResolver& resolve_custom,
                      ParsedEdges* out, RowErrors* errors, std::atomic<std::size_t>* progress) {
  CsvReader reader(chunk, first_line);
  std::vector<std::string_view> fields;
  std::string error;
  // The :TYPE spellings seen and their codes (data sets use a handful of types).
  std::vector<std::pair<std::string, Relation>> type_cache;
  out->rows.reserve(chunk.size() / 24);
  out->lines.reserve(chunk.size() / 24);
  std::size_t n = 0;
  while (reader.Next(&fields, &error)) {
    if ((++n & 0xffff) == 0) progress->fetch_add(0x10000, std::memory_order_relaxed);
    if (!error.empty()) {
      errors->Add(path, reader.line(), error);
      continue;
    }
    if (fields.size() != cols.count) {
      errors->Add(path, reader.line(), "expected " + std::to_string(cols.count) + " fields, found " +
                                           std::to_string(fields.size()));
      continue;
    }
    EdgeRow row;
    if (!ParseU64(fields[cols.start], &row.src)) {
      errors->Add(path, reader.line(), "bad :START_ID " + Quote(fields[cols.start]));
      continue;
    }
    if (!ParseU64(fields[cols.end], &row.dst)) {
      errors->Add(path, reader.line(), "bad :END_ID " + Quote(fields[cols.end]));
      continue;
    }
    std::string_view type = fields[cols.type];
    auto cached = std::find_if(type_cache.begin(), type_cache.end(),
                               [&](const auto& t) { return t.first == type; });
    if (cached != type_cache.end()) {
      row.rel = cached->second;
    } else {
      if (type.empty()) {
        errors->Add(path, reader.line(), "empty :TYPE");
        continue;
      }
      if (std::optional<Relation> builtin = ParseRelation(type)) {
        row.rel = *builtin;
      } else {
        StatusOr<Relation> code = resolve_custom(type);
        if (!code.ok()) {
          return Status(code.status().code(),
                        path + ":" + std::to_string(reader.line()) + ": " + code.status().message());
        }
        row.rel = *code;
        out->custom_types.emplace(std::string(type), *code);
      }
      type_cache.emplace_back(std::string(type), row.rel);
    }
    if (cols.percent >= 0 && !fields[cols.percent].empty()) {
      if (!ParseDouble(fields[cols.percent], &row.percent) || !(row.percent >= 0 && row.percent <= 100)) {
        errors->Add(path, reader.line(), "bad percent " + Quote(fields[cols.percent]) + " (want 0..100)");
        continue;
      }
      row.flags |= kRowHasPercent;
    }
    bool has_extra = false;
    EdgeAttributes extra;
    if (cols.amount >= 0 && !fields[cols.amount].empty()) {
      double amount = 0;
      if (!ParseDouble(fields[cols.amount], &amount)) {
        errors->Add(path, reader.line(), "bad amount " + Quote(fields[cols.amount]));
        continue;
      }
      extra.amount = amount;
      has_extra = true;
    }
    if (cols.former >= 0 && !fields[cols.former].empty()) {
      std::string_view f = fields[cols.former];
      if (EqualsIgnoreCase(f, "true")) {
        extra.former = true;
        has_extra = true;
      } else if (!EqualsIgnoreCase(f, "false")) {
        errors->Add(path, reader.line(), "bad former " + Quote(f) + " (want true or false)");
        continue;
      }
    }
    for (const auto& [col, member] : cols.text) {
      if (fields[col].empty()) continue;
      extra.*member = std::string(fields[col]);
      has_extra = true;
    }
    for (const auto& [col, key] : cols.props) {
      if (fields[col].empty()) continue;
      extra.properties[key] = std::string(fields[col]);
      has_extra = true;
    }
    if (has_extra) {
      out->extras.push_back(std::move(extra));
      row.extra = static_cast<std::uint32_t>(out->extras.size());
    }
    out->rows.push_back(row);
    out->lines.push_back(static_cast<std::uint32_t>(reader.line()));
  }
  progress->fetch_add(n & 0xffff, std::memory_order_relaxed);
  return Status::Ok();
}

}  // namespace

Status ParseEdges(const std::string& path, const CustomRelationResolver& resolve_custom,
                  ParsedEdges* out, RowErrors* errors, std::atomic<std::size_t>* progress) {
  StatusOr<std::string> data = ReadFile(path);
  if (!data.ok()) return data.status();
  out->sha256 = Sha256Hex(*data);
  CsvReader header_reader(*data);
  std::vector<std::string_view> fields;
  std::string error;
  if (!header_reader.Next(&fields, &error) || !error.empty()) {
    return Status::InvalidArgument(path + ": no header line");
  }
  EdgeColumns cols;
  cols.count = fields.size();
  for (int i = 0; i < static_cast<int>(fields.size()); ++i) {
    std::string_view name, type;
    SplitCsvHeader(fields[i], &name, &type);
    if (name.empty() && type.starts_with("START_ID")) cols.start = i;
    else if (name.empty() && type.starts_with("END_ID")) cols.end = i;
    else if (name.empty() && type == "TYPE") cols.type = i;
    else if (name == "percent") cols.percent = i;
    else if (name == "amount") cols.amount = i;
    else if (name == "former") cols.former = i;
    else if (name == "currency") cols.text.emplace_back(i, &EdgeAttributes::currency);
    else if (name == "date") cols.text.emplace_back(i, &EdgeAttributes::date);
    else if (name == "what") cols.text.emplace_back(i, &EdgeAttributes::what);
    else if (name == "segment") cols.text.emplace_back(i, &EdgeAttributes::segment);
    else if (name == "role") cols.text.emplace_back(i, &EdgeAttributes::role);
    else if (name == "from") cols.text.emplace_back(i, &EdgeAttributes::from);
    else if (name == "end_date") cols.text.emplace_back(i, &EdgeAttributes::end_date);
    else cols.props.emplace_back(i, std::string(fields[i]));
  }
  if (cols.start < 0 || cols.end < 0 || cols.type < 0) {
    return Status::InvalidArgument(path + ": the header needs :START_ID, :END_ID and :TYPE columns");
  }
  std::string_view body = std::string_view(*data).substr(header_reader.offset());
  std::size_t body_line = header_reader.line() + 1;

  // Without quotes a record cannot span lines, so a large body splits at a newline into two
  // halves parsed on two threads.
  std::size_t split = std::string_view::npos;
  if (body.size() > (4u << 20) && body.find('"') == std::string_view::npos) {
    split = body.find('\n', body.size() / 2);
  }
  if (split == std::string_view::npos) {
    return ParseEdgeChunk(body, body_line, path, cols, resolve_custom, out, errors, progress);
  }
  std::string_view first = body.substr(0, split + 1), second = body.substr(split + 1);
  std::size_t second_line = body_line + static_cast<std::size_t>(std::count(first.begin(), first.end(), '\n'));
  ParsedEdges tail;
  RowErrors tail_errors{.limit = errors->limit};
  Status tail_status;
  std::thread helper([&] {
    tail_status = ParseEdgeChunk(second, second_line, path, cols, resolve_custom, &tail, &tail_errors, progress);
  });
  Status head_status = ParseEdgeChunk(first, body_line, path, cols, resolve_custom, out, errors, progress);
  helper.join();
  CORPGRAPH_RETURN_IF_ERROR(head_status);
  CORPGRAPH_RETURN_IF_ERROR(tail_status);
  std::uint32_t extra_base = static_cast<std::uint32_t>(out->extras.size());
  for (EdgeRow& r : tail.rows) {
    if (r.extra != 0) r.extra += extra_base;
  }
  out->rows.insert(out->rows.end(), tail.rows.begin(), tail.rows.end());
  out->lines.insert(out->lines.end(), tail.lines.begin(), tail.lines.end());
  std::move(tail.extras.begin(), tail.extras.end(), std::back_inserter(out->extras));
  out->custom_types.merge(tail.custom_types);
  errors->count += tail_errors.count;
  for (std::string& m : tail_errors.messages) {
    if (errors->messages.size() < errors->limit) errors->messages.push_back(std::move(m));
  }
  return Status::Ok();
}

}  // namespace corpgraph::store
