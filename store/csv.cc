#include "store/csv.h"

#include <cstring>

namespace corpgraph::store {

CsvReader::CsvReader(std::string_view data, std::size_t first_line) : data_(data), line_(first_line) {
  if (data_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
}

bool CsvReader::Next(std::vector<std::string_view>* fields, std::string* error) {
  fields->clear();
  error->clear();
  const char* base = data_.data();
  const std::size_t size = data_.size();
  // Skip empty lines.
  while (pos_ < size && (base[pos_] == '\n' || base[pos_] == '\r')) {
    if (base[pos_] == '\n') ++line_;
    ++pos_;
  }
  if (pos_ >= size) return false;
  record_line_ = line_;
  while (true) {
    if (pos_ < size && base[pos_] == '"') {
      // Quoted field.
      std::size_t start = ++pos_;
      bool doubled = false;
      while (true) {
        const void* q = std::memchr(base + pos_, '"', size - pos_);
        if (q == nullptr) {
          *error = "unterminated quoted field";
          pos_ = size;
          return true;
        }
        std::size_t at = static_cast<const char*>(q) - base;
        for (std::size_t i = pos_; i < at; ++i) line_ += base[i] == '\n';
        if (at + 1 < size && base[at + 1] == '"') {
          doubled = true;
          pos_ = at + 2;
          continue;
        }
        pos_ = at + 1;
        std::string_view raw(base + start, at - start);
        if (doubled) {
          std::string& s = unescaped_.emplace_back();
          s.reserve(raw.size());
          for (std::size_t i = 0; i < raw.size(); ++i) {
            s.push_back(raw[i]);
            if (raw[i] == '"') ++i;
          }
          fields->push_back(s);
        } else {
          fields->push_back(raw);
        }
        break;
      }
      if (pos_ < size && base[pos_] == '\r') ++pos_;
      if (pos_ >= size || base[pos_] == '\n') {
        if (pos_ < size) ++pos_, ++line_;
        return true;
      }
      if (base[pos_] != ',') {
        *error = "unexpected character after a quoted field";
        const void* nl = std::memchr(base + pos_, '\n', size - pos_);
        pos_ = nl ? static_cast<const char*>(nl) - base + 1 : size;
        ++line_;
        return true;
      }
      ++pos_;
      continue;
    }
    // Unquoted field: up to the next comma or end of line.
    std::size_t start = pos_;
    while (pos_ < size) {
      char c = base[pos_];
      if (c == ',' || c == '\n') break;
      if (c == '"') {
        *error = "stray quote inside an unquoted field";
        const void* nl = std::memchr(base + pos_, '\n', size - pos_);
        pos_ = nl ? static_cast<const char*>(nl) - base + 1 : size;
        ++line_;
        return true;
      }
      ++pos_;
    }
    std::size_t end = pos_;
    if (end > start && base[end - 1] == '\r' && (pos_ >= size || base[pos_] == '\n')) --end;
    fields->emplace_back(base + start, end - start);
    if (pos_ >= size) return true;
    if (base[pos_] == '\n') {
      ++pos_;
      ++line_;
      return true;
    }
    ++pos_;  // comma
    if (pos_ >= size) {
      fields->emplace_back();
      return true;
    }
  }
}

void AppendCsvField(std::string* out, std::string_view field) {
  bool quote = !field.empty() && (field.front() == ' ' || field.back() == ' ');
  for (char c : field) {
    if (c == ',' || c == '"' || c == '\n' || c == '\r') {
      quote = true;
      break;
    }
  }
  if (!quote) {
    out->append(field);
    return;
  }
  out->push_back('"');
  for (char c : field) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void SplitCsvHeader(std::string_view header, std::string_view* name, std::string_view* type) {
  std::size_t colon = header.rfind(':');
  // A colon inside "(...)" of an ID space does not split.
  std::size_t paren = header.find('(');
  if (paren != std::string_view::npos && colon != std::string_view::npos && colon > paren) {
    colon = header.substr(0, paren).rfind(':');
  }
  if (colon == std::string_view::npos) {
    *name = header;
    *type = {};
    return;
  }
  *name = header.substr(0, colon);
  *type = header.substr(colon + 1);
}

}  // namespace corpgraph::store
