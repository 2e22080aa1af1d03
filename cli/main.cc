// corpgraph: build a knowledge graph of corporate relationships from annual reports.
#include <exception>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace corpgraph::cli;
  CLI::App app{
      "corpgraph: reads annual reports (SEC 10-K / 20-F) and builds a graph of who owns, "
      "supplies, competes with and regulates whom."};
  app.name("corpgraph");
  app.require_subcommand(1);
  app.set_version_flag("--version", "corpgraph 0.1.0");
  Context context;
  RegisterExtractCommands(app, context);
  RegisterIngestCommand(app, context);
  RegisterStoreCommands(app, context);
  RegisterQueryCommands(app, context);
  RegisterServeCommand(app, context);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "corpgraph: " << e.what() << " (run with --help for usage)\n";
    return kExitUsage;
  } catch (const std::exception& e) {
    // Library code reports errors as Status values; reaching this is a bug, not user error.
    std::cerr << "corpgraph: internal error: " << e.what() << "\n";
    return 70;
  }
  return context.exit_code;
}
