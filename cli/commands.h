// Command registration: each command group lives in its own file and adds its subcommands to
// the application. The CLI is a thin layer: parse flags, call one library function, print.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_common.h"

namespace corpgraph::cli {

void RegisterExtractCommands(CLI::App& app, Context& context);  // extract, eval
void RegisterIngestCommand(CLI::App& app, Context& context);    // ingest
void RegisterStoreCommands(CLI::App& app, Context& context);    // entities, show, ...
void RegisterQueryCommands(CLI::App& app, Context& context);    // deps, exposure, export, ...
void RegisterServeCommand(CLI::App& app, Context& context);     // serve

}  // namespace corpgraph::cli
