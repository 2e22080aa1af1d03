// Query-string parameters of the HTTP API, checked and converted with messages that name the
// parameter. Pure functions: no I/O, safe to fuzz.
//
//   StatusOr<int> depth = IntParam(params, "depth", /*fallback=*/3, /*min=*/1, /*max=*/10);
//   if (!depth.ok()) return BadRequest(depth.status());
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "graph/model.h"
#include "graph/status.h"

namespace corpgraph::server {

using Params = std::multimap<std::string, std::string>;

// Decodes an application/x-www-form-urlencoded query string ("a=1&b=x%20y"). Keys without
// '=' get an empty value. InvalidArgument for a malformed %-escape.
StatusOr<Params> ParseQueryString(std::string_view query);

// Decodes the %-escapes of a URL path ("/v1/entities/Trust%20Networks"); '+' stays '+'.
// InvalidArgument for a malformed %-escape or an escaped NUL.
StatusOr<std::string> DecodePath(std::string_view path);

// The first value of `name`, or nullopt when absent.
std::optional<std::string> StringParam(const Params& params, const std::string& name);

// Integer in [min, max]; `fallback` when absent or empty. InvalidArgument (naming the
// parameter and the range) for non-numbers, trailing junk and values out of range.
StatusOr<long long> IntParam(const Params& params, const std::string& name, long long fallback,
                             long long min, long long max);

// Finite number in [min, max]; `fallback` when absent or empty.
StatusOr<double> NumberParam(const Params& params, const std::string& name, double fallback,
                             double min, double max);

// Comma-separated relation names; every relation when absent or empty.
StatusOr<RelationSet> RelationsParam(const Params& params, const std::string& name);

// One of `choices`; `fallback` when absent or empty.
StatusOr<std::string> ChoiceParam(const Params& params, const std::string& name,
                                  std::string_view fallback,
                                  std::initializer_list<std::string_view> choices);

}  // namespace corpgraph::server
