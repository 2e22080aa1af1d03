#include "cli/commands.h"

namespace corpgraph::cli {

// Owned by the store module; replaced as its commands land.
void RegisterStoreCommands(CLI::App& /*app*/, Context& /*context*/) {}

}  // namespace corpgraph::cli
