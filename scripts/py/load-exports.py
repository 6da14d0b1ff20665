"""Loads newsgraph exports with networkx: `python3 scripts/py/load-exports.py FILE...` (.graphml, .gexf, .cyjs).

Prints nodes and edges per file and exits 1 if one does not load or loses its ties. The exports are
meant for Gephi, Cytoscape and networkx; this is the networkx side, run by test/serve/exports.test.ts.
"""
import json
import sys

import networkx as nx


def load(path):
    if path.endswith(".graphml"):
        return nx.read_graphml(path)
    if path.endswith(".gexf"):
        return nx.read_gexf(path)
    with open(path, encoding="utf-8") as f:
        return nx.cytoscape_graph(json.load(f))


failed = False
for path in sys.argv[1:]:
    try:
        g = load(path)
        weights = [d.get("weight") for _, _, d in g.edges(data=True)]
        if g.number_of_edges() and any(w is None for w in weights):
            raise ValueError("an edge lost its weight")
        print(f"{path}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, {type(g).__name__}")
    except Exception as e:  # noqa: BLE001 - report every file
        failed = True
        print(f"{path}: {type(e).__name__}: {e}")
sys.exit(1 if failed else 0)
