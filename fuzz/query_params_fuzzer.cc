// Arbitrary query strings through the HTTP API's parameter parsing and checking.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "server/params.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace corpgraph::server;
  std::string_view query(reinterpret_cast<const char*>(data), size);
  corpgraph::StatusOr<Params> params = ParseQueryString(query);
  if (!params.ok()) return 0;
  (void)IntParam(*params, "depth", 3, 1, 10);
  (void)IntParam(*params, "cursor", -1, -1, 1LL << 62);
  (void)NumberParam(*params, "min_percent", 0, 0, 100);
  (void)RelationsParam(*params, "rel");
  (void)ChoiceParam(*params, "dir", "both", {"in", "out", "both"});
  return 0;
}
