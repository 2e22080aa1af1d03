// Small hand-built graphs shared by the query tests.
#pragma once

#include "query/query.h"

#include <optional>
#include <string>

#include "graph/graph.h"

namespace corpgraph::testing_graphs {

inline EntityId Add(Graph& g, const std::string& name, EntityKind kind = EntityKind::kCompany) {
  return g.AddEntity({.name = name, .kind = kind});
}

inline void Link(Graph& g, EntityId src, Relation rel, EntityId dst,
                 std::optional<double> percent = std::nullopt, const std::string& sentence = "") {
  Edge e{.src = src, .dst = dst, .rel = rel};
  e.attrs.percent = percent;
  if (!sentence.empty()) {
    e.evidence.push_back(
        {.document = "doc1", .begin = 10, .end = 10 + sentence.size(), .sentence = sentence});
  }
  g.AddEdge(std::move(e));
}

// A miniature of the demo filing's graph.
struct Demo {
  Graph g;
  EntityId iij, ntt, trust, docomo, kddi, mic, bank, partner;
  Demo() {
    iij = Add(g, "Internet Initiative Japan Inc.");
    g.AddAlias(iij, "IIJ");
    ntt = Add(g, "Nippon Telegraph and Telephone Corporation");
    g.AddAlias(ntt, "NTT");
    trust = Add(g, "Trust Networks Inc.");
    docomo = Add(g, "NTT DOCOMO, INC.");
    kddi = Add(g, "KDDI Corporation");
    mic = Add(g, "Ministry of Internal Affairs and Communications", EntityKind::kGovernment);
    bank = Add(g, "Mizuho Bank, Ltd.");
    partner = Add(g, "Partner Co.");
    Link(g, ntt, Relation::kOwns, iij, 26.9, "NTT owns 26.9% of our shares.");
    Link(g, iij, Relation::kOwns, trust, 79.5, "We own 79.5% of Trust Networks.");
    Link(g, docomo, Relation::kSupplies, iij, std::nullopt,
         "We rely on NTT DOCOMO for mobile infrastructure.");
    Link(g, iij, Relation::kCompetes, kddi);
    Link(g, mic, Relation::kRegulates, iij);
    Link(g, bank, Relation::kLendsTo, trust);
    Link(g, partner, Relation::kPartners, iij);
  }
};

// The result row about entity `id`, or nullptr when the result has none.
inline const ResultRow* Row(const QueryResult& r, EntityId id) {
  for (const ResultRow& row : r.results) {
    if (row.entity.id == id) return &row;
  }
  return nullptr;
}

}  // namespace corpgraph::testing_graphs
