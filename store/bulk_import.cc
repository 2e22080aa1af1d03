#include "store/rocks_graph_store.h"

namespace corpgraph::store {

StatusOr<ImportResult> RocksGraphStore::ImportCsv(const ImportOptions&) {
  return Status::FailedPrecondition("import is not implemented yet");
}

}  // namespace corpgraph::store
