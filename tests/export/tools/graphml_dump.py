#!/usr/bin/python3
"""graphml_dump.py FILE.graphml -- what networkx and igraph read from a GraphML file, as JSON.

Each attribute value is given with its Python type name, so the tests can check both the
values and that every attribute arrived typed."""
import json
import sys
import warnings

try:
    import igraph
    import networkx as nx
except ImportError as missing:  # the tests skip on exit status 3
    print(f"skipped: {missing}", file=sys.stderr)
    sys.exit(3)


def typed(attrs):
    return {k: [v, type(v).__name__] for k, v in attrs.items()}


path = sys.argv[1]
G = nx.read_graphml(path, force_multigraph=True)
out = {"networkx": {"directed": G.is_directed(),
                    "nodes": {n: typed(a) for n, a in G.nodes(data=True)},
                    "edges": [[s, t, typed(a)] for s, t, a in G.edges(data=True)]}}
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    g = igraph.Graph.Read_GraphML(path)
out["igraph"] = {"directed": g.is_directed(), "warnings": [str(w.message) for w in caught],
                 "nodes": [typed(v.attributes()) for v in g.vs],
                 "edges": [[g.vs[e.source]["id"], g.vs[e.target]["id"], typed(e.attributes())] for e in g.es]}
json.dump(out, sys.stdout, ensure_ascii=False)
