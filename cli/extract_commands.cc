#include "cli/commands.h"

namespace corpgraph::cli {

// Owned by the extract module; replaced as its commands land.
void RegisterExtractCommands(CLI::App& /*app*/, Context& /*context*/) {}

}  // namespace corpgraph::cli
