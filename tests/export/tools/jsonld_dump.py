#!/usr/bin/python3
"""jsonld_dump.py FILE.jsonld -- what rdflib reads from kg's JSON-LD, as JSON: the names and
alternate names of each subject, its types, the triples between subjects, and the
evidence statements with their fields."""
import json
import sys

try:
    import rdflib
    from rdflib.namespace import RDF
except ImportError as missing:  # the tests skip on exit status 3
    print(f"skipped: {missing}", file=sys.stderr)
    sys.exit(3)

g = rdflib.ConjunctiveGraph()
g.parse(sys.argv[1], format="json-ld")
SCHEMA = "https://schema.org/"
names, aliases, types, links, statements = {}, {}, {}, [], []
for s, p, o in g:
    if str(p) == SCHEMA + "name":
        names.setdefault(str(s), []).append(str(o))
    elif str(p) == SCHEMA + "alternateName":
        aliases.setdefault(str(s), []).append(str(o))
    elif p == RDF.type:
        types.setdefault(str(s), []).append(str(o))
    elif isinstance(o, rdflib.URIRef):
        links.append([str(s), str(p), str(o)])
for st in set(g.subjects(RDF.type, RDF.Statement)):
    fields = {str(p).rsplit("#", 1)[-1]: (o.toPython() if isinstance(o, rdflib.Literal) else str(o))
              for p, o in g.predicate_objects(st)}
    fields["datatypes"] = {str(p).rsplit("#", 1)[-1]: str(o.datatype) for p, o in g.predicate_objects(st)
                           if isinstance(o, rdflib.Literal) and o.datatype is not None}
    statements.append(fields)
json.dump({"quads": len(g), "names": names, "aliases": aliases, "types": types, "links": links,
           "statements": statements}, sys.stdout, ensure_ascii=False, default=str)
