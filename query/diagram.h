// Subgraphs to draw, and drawing them: the whole graph or an ego network loaded from a
// GraphReader into a Graph, the part of the graph a query answer passes through, and SVG/PNG
// through Graphviz's `dot` executable.
//
//   SubgraphOptions around{.center = iij, .depth = 2};
//   StatusOr<Graph> g = LoadSubgraph(reader, around);
//   std::ostringstream dot;
//   WriteDot(*g, {}, dot);                       // graph/dot_writer.h
//   RenderDot(dot.str(), "svg", "iij.svg");
//
//   StatusOr<AnswerDiagram> d = AnswerGraph(reader, *deps_result);
//   WriteDot(d->graph, d->options, std::cout);   // the chains drawn thick
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "graph/dot_writer.h"
#include "graph/graph.h"
#include "graph/graph_reader.h"
#include "query/query.h"

namespace corpgraph {

struct SubgraphOptions {
  std::optional<EntityId> center;  // ego network around this entity; whole graph when unset
  int depth = 2;                   // ego network radius in hops (direction ignored), 1..10
  RelationSet relations = RelationSet::All();  // edges followed and drawn
};

// Entities within options.depth hops of the center (or all entities) and every edge among
// them whose relation passes the filter, with full attributes and evidence. NotFound for an
// unknown center; InvalidArgument for a bad depth or an empty filter.
StatusOr<Graph> LoadSubgraph(const GraphReader& reader, const SubgraphOptions& options);

struct EgoTrimOptions {
  EntityId center = kNoEntity;
  // Neighbours drawn per relation and direction at the center; the rest are counted in
  // DotOptions::elided. 0 keeps every neighbour.
  int max_per_group = 10;
  // Above this many drawn entities the diagram uses the radial twopi layout around the
  // center instead of dot's layers (a hub in layers is a strip one node high).
  int radial_above = 8;
};

struct TrimmedEgo {
  Graph graph;         // the center, the kept neighbours and every edge among them
  DotOptions options;  // center highlighted and the layout root; elided groups counted
};

// Makes the ego network `ego` (as LoadSubgraph returns it) drawable however many neighbours
// the center has: for each relation and direction at the center, the `max_per_group`
// strongest neighbours are kept — highest percent first, then most evidence, then highest
// confidence, then name — and the others become one "and N more" stand-in. A neighbour kept in
// one group is kept whole (all its edges to kept entities are drawn). Entities not adjacent to
// the center (depth > 1) are kept only when they are adjacent to a kept neighbour.
// REQUIRES: options.center is in `ego`.
TrimmedEgo TrimEgoNetwork(const Graph& ego, const EgoTrimOptions& options);

struct AnswerDiagram {
  Graph graph;         // the query's entity, every chain's entities and edges
  DotOptions options;  // chains' edges highlighted, the query entity highlighted, title set
};

// The subgraph a query answer's chains pass through (rows without chains contribute their
// entity only). Every edge among the drawn entities is included so the context shows, the
// chain edges are highlighted.
StatusOr<AnswerDiagram> AnswerGraph(const GraphReader& reader, const QueryResult& result);

// True when Graphviz's `dot` executable is on PATH.
bool GraphvizAvailable();

// Runs `dot -T<format> -o <output_path>` on `dot_text`. format: "svg" or "png".
// FailedPrecondition when `dot` is not installed (the message says how to get it);
// InvalidArgument for another format; IoError when dot fails (its message included).
Status RenderDot(std::string_view dot_text, std::string_view format,
                 const std::string& output_path);

}  // namespace corpgraph
