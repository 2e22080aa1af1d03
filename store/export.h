// Whole-graph export for other tools: Neo4j admin-import CSV, JSON Lines and GraphML.
//
//   Status s = ExportCsv(*store, "out");        // out/nodes.csv and out/edges.csv
//   s = ExportJsonl(*store, std::cout);          // one JSON object per line
//   s = ExportGraphml(*store, file);             // Boost's write_graphml
//
// Every function takes any GraphReader (the RocksDB store or an in-memory Graph). Nodes come
// in entity-id order, edges in the reader's ForEachEdgeOfAll order ((src, relation, dst) for
// the store), so equal graphs export to identical bytes. Errors: IoError when the output
// cannot be written, the reader's own errors otherwise. Thread-safety: as the reader's const
// methods (they only read).
//
// CSV layout (what `corpgraph import` and neo4j-admin read back unchanged):
//   nodes.csv  id:ID,name,kind,:LABEL,aliases:string[],country[,<property>...]
//              :LABEL is Company, Group, Person or Government (or the label an import kept);
//              aliases are ";"-separated; extra properties are columns named by their key.
//   edges.csv  :START_ID,:END_ID,:TYPE,percent:float[,amount:float,currency,date,what,
//              segment,role,from,former:boolean,end_date][,<property>...]
//              :TYPE is the relation in upper case (OWNS) or a custom type as imported; the
//              optional attribute columns appear only when some edge has that attribute.
// JSONL: {"type":"node","id":..,"name":..,"kind":..,"aliases":[..],...} per entity, then
//   {"type":"edge","src":..,"dst":..,"rel":..,"percent":..,...,"evidence":[{"document":..,
//   "begin":..,"end":..,"sentence":..,"section":..,"rule":..,"confidence":..}]} per edge.
// GraphML: node keys entity_id, name, kind, aliases; edge keys type, percent ("" when unset).
#pragma once

#include <ostream>
#include <string>

#include "graph/graph_reader.h"
#include "graph/status.h"

namespace corpgraph {

// Writes `dir`/nodes.csv and `dir`/edges.csv (creating `dir`, replacing the files).
Status ExportCsv(const GraphReader& reader, const std::string& dir);

Status ExportJsonl(const GraphReader& reader, std::ostream& out);

Status ExportGraphml(const GraphReader& reader, std::ostream& out);

}  // namespace corpgraph
