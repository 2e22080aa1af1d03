// GraphViz DOT for a Graph, written through Boost's write_graphviz.
//
//   DotOptions options;
//   options.highlight = {filer_id};
//   WriteDot(graph, options, std::cout);
//
// Nodes are shaped and coloured by kind (company box, group folder, person ellipse,
// government house); edges are coloured and labelled by relation, owns edges carry their
// percent and weigh more in the layout (owners rank above what they own), symmetric relations
// (competes, partners) are drawn without arrowheads and do not constrain ranks. A group with
// member_of edges into it is drawn as a cluster around its members. The legend shows the
// relation colours and node kinds used. When highlight_edges is not empty, the other edges
// are drawn faded.
#pragma once

#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <tuple>

#include "graph/graph.h"

namespace corpgraph {

// Neighbours of `anchor` left out of a diagram, drawn as one stand-in node
// "and <count> more <relation>" joined to `anchor` in the relation's colour.
struct ElidedNeighbours {
  EntityId anchor = kNoEntity;
  Relation rel = Relation::kOwns;
  std::string rel_label;  // the relation as shown ("competes", or an imported type)
  bool incoming = false;  // the left-out edges point at `anchor`
  std::size_t count = 0;
};

struct DotOptions {
  std::string title;             // graph label; none when empty
  std::set<EntityId> highlight;  // nodes drawn bold and filled (e.g. the filer)
  std::set<std::tuple<EntityId, Relation, EntityId>> highlight_edges;  // drawn thick
  bool legend = true;          // a legend of the relation colours used
  bool left_to_right = false;  // rankdir=LR instead of top to bottom
  // Layout engine named in the DOT (graph attribute `layout`, which the `dot` executable
  // obeys): "" keeps dot's layered layout; "twopi" draws rings around `root`, which keeps a hub
  // with many neighbours about as high as it is wide.
  std::string layout;
  std::optional<EntityId> root;  // the centre of a twopi layout
  // Stand-in nodes for neighbours not drawn; each gets the SVG id
  // "more-<rel_label>-<in|out>-<anchor id>" so that a page can make it clickable.
  std::vector<ElidedNeighbours> elided;
};

// Writes `graph` as one `digraph`. Never fails on well-formed graphs; a stream error is
// reported as IoError.
Status WriteDot(const Graph& graph, const DotOptions& options, std::ostream& out);

// Colour (X11/SVG name) used for a relation in diagrams.
std::string_view RelationColor(Relation rel);

}  // namespace corpgraph
