#include "cli/commands.h"

namespace corpgraph::cli {

// Owned by the query module; replaced as its commands land.
void RegisterQueryCommands(CLI::App& /*app*/, Context& /*context*/) {}

}  // namespace corpgraph::cli
