#include "server/params.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace corpgraph::server {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

StatusOr<std::string> Decode(std::string_view in, bool plus_is_space = true) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '+' && plus_is_space) {
      out.push_back(' ');
    } else if (in[i] == '%') {
      if (i + 2 >= in.size()) return Status::InvalidArgument("malformed %-escape in the query string");
      int a = HexValue(in[i + 1]);
      int b = HexValue(in[i + 2]);
      if (a < 0 || b < 0) return Status::InvalidArgument("malformed %-escape in the query string");
      out.push_back(static_cast<char>(a * 16 + b));
      i += 2;
    } else {
      out.push_back(in[i]);
    }
  }
  return out;
}

Status BadValue(const std::string& name, std::string_view why) {
  return Status::InvalidArgument("parameter '" + name + "' " + std::string(why));
}

}  // namespace

StatusOr<std::string> DecodePath(std::string_view path) {
  StatusOr<std::string> decoded = Decode(path, /*plus_is_space=*/false);
  if (!decoded.ok()) return Status::InvalidArgument("malformed %-escape in the path");
  if (decoded->find('\0') != std::string::npos) return Status::InvalidArgument("NUL byte in the path");
  return decoded;
}

StatusOr<Params> ParseQueryString(std::string_view query) {
  Params params;
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    StatusOr<std::string> key = Decode(pair.substr(0, eq));
    if (!key.ok()) return key.status();
    StatusOr<std::string> value =
        Decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
    if (!value.ok()) return value.status();
    params.emplace(std::move(*key), std::move(*value));
  }
  return params;
}

std::optional<std::string> StringParam(const Params& params, const std::string& name) {
  auto it = params.find(name);
  if (it == params.end()) return std::nullopt;
  return it->second;
}

StatusOr<long long> IntParam(const Params& params, const std::string& name, long long fallback,
                             long long min, long long max) {
  std::optional<std::string> text = StringParam(params, name);
  if (!text || text->empty()) return fallback;
  long long value = 0;
  const char* end = text->data() + text->size();
  auto [ptr, ec] = std::from_chars(text->data(), end, value);
  std::string range = "between " + std::to_string(min) + " and " + std::to_string(max);
  if (ec == std::errc::result_out_of_range) return BadValue(name, "must be " + range);
  if (ec != std::errc() || ptr != end) return BadValue(name, "must be an integer " + range);
  if (value < min || value > max) return BadValue(name, "must be " + range);
  return value;
}

StatusOr<double> NumberParam(const Params& params, const std::string& name, double fallback,
                             double min, double max) {
  std::optional<std::string> text = StringParam(params, name);
  if (!text || text->empty()) return fallback;
  char* end = nullptr;
  double value = std::strtod(text->c_str(), &end);
  std::string range = "between " + std::to_string(min) + " and " + std::to_string(max);
  if (end != text->c_str() + text->size() || !std::isfinite(value)) {
    return BadValue(name, "must be a number " + range);
  }
  if (value < min || value > max) return BadValue(name, "must be " + range);
  return value;
}

StatusOr<RelationSet> RelationsParam(const Params& params, const std::string& name) {
  std::optional<std::string> text = StringParam(params, name);
  if (!text || text->empty()) return RelationSet::All();
  std::string bad;
  std::optional<RelationSet> set = ParseRelationSet(*text, &bad);
  if (!set) {
    return BadValue(name, bad.empty() ? "names no relation type"
                                      : "has an unknown relation type '" + bad + "'");
  }
  return *set;
}

StatusOr<std::string> ChoiceParam(const Params& params, const std::string& name,
                                  std::string_view fallback,
                                  std::initializer_list<std::string_view> choices) {
  std::optional<std::string> text = StringParam(params, name);
  if (!text || text->empty()) return std::string(fallback);
  std::string allowed;
  for (std::string_view c : choices) {
    if (*text == c) return *text;
    if (!allowed.empty()) allowed += ", ";
    allowed += c;
  }
  return BadValue(name, "must be one of: " + allowed);
}

}  // namespace corpgraph::server
