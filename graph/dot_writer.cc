#include "graph/dot_writer.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphviz.hpp>
#include <cstdio>
#include <map>
#include <unordered_map>

namespace corpgraph {
namespace {

// Vertex i is graph.entities()[i]; edge bundle i is graph.edges()[i].
using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                          boost::property<boost::edge_index_t, size_t>>;

// Quotes a string for DOT: wraps in double quotes, escapes quotes and backslashes.
std::string Quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string_view ShapeFor(EntityKind kind) {
  switch (kind) {
    case EntityKind::kCompany:
      return "box";
    case EntityKind::kGroup:
      return "folder";
    case EntityKind::kPerson:
      return "ellipse";
    case EntityKind::kGovernment:
      return "house";
  }
  return "box";
}

std::string_view FillFor(EntityKind kind) {
  switch (kind) {
    case EntityKind::kCompany:
      return "#e8f0fe";
    case EntityKind::kGroup:
      return "#fef7e0";
    case EntityKind::kPerson:
      return "#e6f4ea";
    case EntityKind::kGovernment:
      return "#fce8e6";
  }
  return "white";
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

// A character that recalls the node shape of a kind, for the legend.
std::string_view ShapeSymbol(EntityKind kind) {
  switch (kind) {
    case EntityKind::kCompany:
      return "&#9633;";
    case EntityKind::kGroup:
      return "&#9639;";
    case EntityKind::kPerson:
      return "&#9675;";
    case EntityKind::kGovernment:
      return "&#8962;";
  }
  return " ";
}

std::string FormatPercent(double percent) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g%%", percent);
  return buf;
}

}  // namespace

std::string_view RelationColor(Relation rel) {
  switch (rel) {
    case Relation::kOwns:
      return "#1a73e8";
    case Relation::kInvestsIn:
      return "#12b5cb";
    case Relation::kAcquired:
      return "#9334e6";
    case Relation::kSupplies:
      return "#188038";
    case Relation::kCompetes:
      return "#d93025";
    case Relation::kPartners:
      return "#f29900";
    case Relation::kRegulates:
      return "#5f6368";
    case Relation::kLendsTo:
      return "#b06000";
    case Relation::kOfficerOf:
      return "#137333";
    case Relation::kMemberOf:
      return "#a142f4";
    case Relation::kRenamedTo:
      return "#80868b";
  }
  return "#202124";
}

Status WriteDot(const Graph& graph, const DotOptions& options, std::ostream& out) {
  const auto& entities = graph.entities();
  const auto& edges = graph.edges();
  std::unordered_map<EntityId, size_t> vertex_of;
  for (size_t i = 0; i < entities.size(); ++i) vertex_of[entities[i].id] = i;

  BoostGraph g(entities.size());
  for (size_t i = 0; i < edges.size(); ++i) {
    boost::add_edge(vertex_of.at(edges[i].src), vertex_of.at(edges[i].dst), i, g);
  }

  std::set<Relation> used;
  for (const Edge& e : edges) used.insert(e.rel);
  std::set<EntityKind> kinds;
  for (const Entity& e : entities) kinds.insert(e.kind);

  // Clusters: each group with the entities that are members of it (an entity joins the
  // cluster of the first group it is a member of).
  std::map<size_t, std::vector<size_t>> cluster_members;  // group vertex -> member vertices
  std::set<size_t> clustered;
  for (size_t i = 0; i < entities.size(); ++i) {
    if (entities[i].kind == EntityKind::kGroup) cluster_members[i];
  }
  for (const Edge& e : edges) {
    if (e.rel != Relation::kMemberOf) continue;
    size_t group = vertex_of.at(e.dst), member = vertex_of.at(e.src);
    if (entities[group].kind != EntityKind::kGroup || cluster_members.count(member)) continue;
    if (clustered.insert(member).second) cluster_members[group].push_back(member);
  }

  bool dim = !options.highlight_edges.empty();
  auto vertex_writer = [&](std::ostream& os, size_t v) {
    const Entity& e = entities[v];
    bool hot = options.highlight.count(e.id) > 0;
    os << "[label=" << Quote(e.name) << ", shape=" << ShapeFor(e.kind) << ", style=\"filled"
       << (hot ? ",bold" : "") << "\", fillcolor=\"" << (hot ? "#fbbc04" : FillFor(e.kind)) << "\""
       << (hot ? ", penwidth=2" : "") << "]";
  };
  auto edge_index = boost::get(boost::edge_index, g);
  auto edge_writer = [&](std::ostream& os, const BoostGraph::edge_descriptor& d) {
    const Edge& e = edges[edge_index[d]];
    // With a legend the colour names the relation, so only stakes (and what is former) keep
    // a label: no label soup on hub nodes.
    bool stake =
        e.rel == Relation::kOwns || e.rel == Relation::kInvestsIn || e.rel == Relation::kAcquired;
    std::string label;
    if (!options.legend || stake)
      label = e.rel_name.empty() ? graph.RelationLabel(e.rel) : e.rel_name;
    if (e.attrs.percent) label += (label.empty() ? "" : " ") + FormatPercent(*e.attrs.percent);
    if (e.attrs.former) label += label.empty() ? "former" : " (former)";
    bool hot = options.highlight_edges.count({e.src, e.rel, e.dst}) > 0 ||
               (IsSymmetric(e.rel) && options.highlight_edges.count({e.dst, e.rel, e.src}) > 0);
    // Faded (50% alpha) when other edges are highlighted.
    std::string color = std::string(RelationColor(e.rel)) + (dim && !hot ? "80" : "");
    os << "[label=" << Quote(label) << ", color=\"" << color << "\", fontcolor=\"" << color << "\"";
    if (IsSymmetric(e.rel)) os << ", dir=none, constraint=false";
    if (e.rel == Relation::kCompetes) os << ", style=dashed";
    if (e.rel == Relation::kOwns) os << ", weight=4";  // ownership chains rank top-down
    if (e.attrs.former) os << ", style=dotted";
    if (hot) os << ", penwidth=3";
    os << "]";
  };
  auto graph_writer = [&](std::ostream& os) {
    os << "graph [fontname=\"Helvetica\", rankdir=" << (options.left_to_right ? "LR" : "TB")
       << ", nodesep=0.4" << (options.layout.empty() ? ", ranksep=0.7" : "") << ", overlap=false";
    if (!options.layout.empty()) {
      os << ", layout=" << Quote(options.layout);
      if (options.layout == "twopi") os << ", ranksep=\"2.2 equally\"";
      if (options.root && vertex_of.count(*options.root)) os << ", root=" << vertex_of.at(*options.root);
    }
    if (!options.title.empty()) os << ", label=" << Quote(options.title) << ", labelloc=t";
    os << "];\n";
    os << "node [fontname=\"Helvetica\", fontsize=11];\n";
    os << "edge [fontname=\"Helvetica\", fontsize=9];\n";
    size_t cluster = 0;
    for (const auto& [group, members] : cluster_members) {
      if (members.empty()) continue;
      os << "subgraph cluster_group_" << cluster++ << " {\nlabel=" << Quote(entities[group].name)
         << "; style=\"rounded,filled\"; fillcolor=\"#fffbf0\"; color=\"#f9ab00\"; "
            "fontsize=10;\n"
         << group << ";";
      for (size_t m : members) os << " " << m << ";";
      os << "\n}\n";
    }
    for (size_t i = 0; i < options.elided.size(); ++i) {
      const ElidedNeighbours& more = options.elided[i];
      auto anchor = vertex_of.find(more.anchor);
      if (anchor == vertex_of.end() || more.count == 0) continue;
      std::string color(RelationColor(more.rel));
      std::string id = "more-" + more.rel_label + "-" + (more.incoming ? "in" : "out") + "-" +
                       std::to_string(more.anchor);
      os << "more" << i << " [id=" << Quote(id) << ", label=" << Quote("and " + std::to_string(more.count) +
                                                                      " more " + more.rel_label)
         << ", shape=note, style=\"filled,dashed\", fillcolor=\"#ffffff\", color=\"" << color
         << "\", fontcolor=\"" << color << "\"];\n";
      os << (more.incoming ? "more" + std::to_string(i) : std::to_string(anchor->second)) << " -> "
         << (more.incoming ? std::to_string(anchor->second) : "more" + std::to_string(i)) << " [color=\"" << color
         << "\", style=dashed" << (IsSymmetric(more.rel) ? ", dir=none" : "") << "];\n";
    }
    if (options.legend && !used.empty()) {
      // One table node: a coloured rule per relation, then the node kinds.
      os << "legend [shape=plaintext, fontsize=9, label=<<TABLE BORDER=\"1\" CELLBORDER=\"0\" "
            "CELLSPACING=\"2\" COLOR=\"#dadce0\"><TR><TD COLSPAN=\"2\"><B>legend</B></TD></TR>";
      for (Relation rel : used) {
        os << "<TR><TD><FONT COLOR=\"" << RelationColor(rel) << "\">"
           << (IsSymmetric(rel) ? "&#8212;&#8212;&#8212;" : "&#8212;&#8212;&#9654;")
           << "</FONT></TD><TD ALIGN=\"LEFT\">" << HtmlEscape(graph.RelationLabel(rel))
           << (rel == Relation::kCompetes ? " (dashed)" : "") << "</TD></TR>";
      }
      for (EntityKind kind : kinds) {
        os << "<TR><TD BGCOLOR=\"" << FillFor(kind) << "\">" << ShapeSymbol(kind)
           << "</TD><TD ALIGN=\"LEFT\">" << EntityKindName(kind) << "</TD></TR>";
      }
      if (!options.highlight.empty()) {
        os << "<TR><TD BGCOLOR=\"#fbbc04\"> </TD><TD ALIGN=\"LEFT\">highlighted</TD></TR>";
      }
      os << "</TABLE>>];\n";
    }
  };
// GCC 12 reports a false -Wmaybe-uninitialized inside Boost's edge iterator (boost::optional).
#pragma GCC diagnostic push
#if !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
  boost::write_graphviz(out, g, vertex_writer, edge_writer, graph_writer);
#pragma GCC diagnostic pop
  if (!out) return Status::IoError("could not write the DOT output");
  return Status::Ok();
}

}  // namespace corpgraph
