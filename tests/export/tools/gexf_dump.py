#!/usr/bin/python3
"""gexf_dump.py FILE.gexf -- nodes and edges of a GEXF 1.3 file as JSON (xml.etree)."""
import json
import sys
import xml.etree.ElementTree as ET

NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
root = ET.parse(sys.argv[1]).getroot()
nodes, edges = {}, []
for n in root.iterfind(".//g:node", NS):
    color = n.find("viz:color", NS)
    size = n.find("viz:size", NS)
    nodes[n.get("id")] = {"label": n.get("label"),
                          "color": [int(color.get(c)) for c in "rgb"],
                          "size": float(size.get("value")),
                          "attvalues": {a.get("for"): a.get("value") for a in n.iterfind(".//g:attvalue", NS)}}
for e in root.iterfind(".//g:edge", NS):
    edges.append({k: e.get(k) for k in ("id", "source", "target", "kind", "label", "weight", "type")} |
                 {"attvalues": {a.get("for"): a.get("value") for a in e.iterfind(".//g:attvalue", NS)}})
json.dump({"nodes": nodes, "edges": edges}, sys.stdout, ensure_ascii=False)
