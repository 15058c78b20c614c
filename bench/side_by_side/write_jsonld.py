#!/usr/bin/python3
"""Times rdflib's JSON-LD serializer on the graph kg wrote as JSON-LD (parsed first, not
timed), which is what a user of rdflib would run to publish the same linked data.

Usage: write_jsonld.py GRAPH.jsonld OUTDIR  -> prints "rdflib<TAB>seconds<TAB>bytes<TAB>triples".
"""
import os
import sys
import time

import rdflib


def main():
    source, outdir = sys.argv[1], sys.argv[2]
    graph = rdflib.Graph()
    graph.parse(source, format="json-ld")
    path = os.path.join(outdir, "rdflib.jsonld")
    start = time.perf_counter()
    graph.serialize(destination=path, format="json-ld")
    seconds = time.perf_counter() - start
    print(f"rdflib\t{seconds:.3f}\t{os.path.getsize(path)}\t{len(graph)}")


if __name__ == "__main__":
    main()
