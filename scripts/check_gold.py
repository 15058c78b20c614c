#!/usr/bin/python3
"""Checks gold annotation files (format of ../shared/eval/VOCABULARY.md) against their texts.

usage: check_gold.py [--corpus DIR] GOLD.json...
(the text is the gold's "document" file, in DIR or else next to the gold file)

For each file: valid JSON; entity ids unique, types from the vocabulary; every alias and
every relation's evidence occurs verbatim in the text; relations name known entity ids
and vocabulary predicates; no relation listed twice (symmetric ones in either order).
Exit status 1 when any check fails.
"""
import argparse
import json
import sys
from pathlib import Path

TYPES = {"Person", "Organization", "Product", "Place", "Concept", "Work"}
PREDICATES = {"ceoOf", "ctoOf", "founderOf", "leaderOf", "worksFor", "memberOf", "studiesAt",
              "develops", "partOf", "builtOn", "uses", "competesWith", "investsIn", "acquired",
              "partnerOf", "authorOf", "editorOf", "publisherOf", "locatedIn"}
SYMMETRIC = {"competesWith", "partnerOf"}


def check(gold_path, corpus):
    gold_path = Path(gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    problems = []
    if gold.get("document") != gold_path.name.replace(".gold.json", ".txt"):
        problems.append(f"document {gold.get('document')!r} does not match the gold file name")
    text_path = Path(corpus or gold_path.parent) / gold["document"]
    text = text_path.read_text(encoding="utf-8")
    ids = set()
    for e in gold["entities"]:
        if e["id"] in ids:
            problems.append(f"entity id {e['id']} repeated")
        ids.add(e["id"])
        for t in [e["type"], *e.get("alt_types", [])]:
            if t not in TYPES:
                problems.append(f"entity {e['id']}: unknown type {t}")
        if not e.get("aliases"):
            problems.append(f"entity {e['id']}: no surface form")
        for a in e.get("aliases", []):
            if a not in text:
                problems.append(f"entity {e['id']}: alias {a!r} not in the text")
    seen = set()
    for r in gold["relations"]:
        where = f"relation {r['subject']} {r['predicate']} {r['object']}"
        for end in (r["subject"], r["object"]):
            if end not in ids:
                problems.append(f"{where}: unknown entity {end}")
        for p in [r["predicate"], *r.get("alt_predicates", [])]:
            if p not in PREDICATES:
                problems.append(f"{where}: unknown predicate {p}")
        if r["evidence"] not in text:
            problems.append(f"{where}: evidence {r['evidence']!r} not in the text")
        pair = (r["subject"], r["object"])
        k = (r["predicate"], *sorted(pair)) if r["predicate"] in SYMMETRIC else (r["predicate"], *pair)
        if k in seen:
            problems.append(f"{where}: listed twice")
        seen.add(k)
    required = sum(1 for r in gold["relations"] if not r.get("optional"))
    core = sum(1 for e in gold["entities"] if e.get("core"))
    for p in problems:
        print(f"{gold_path}: {p}", file=sys.stderr)
    print(f"{gold_path.name}: {len(gold['entities'])} entities ({core} core), "
          f"{len(gold['relations'])} relations ({required} required), "
          f"{'ok' if not problems else str(len(problems)) + ' problems'}")
    return not problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", help="folder of the texts (default: next to each gold file)")
    ap.add_argument("gold", nargs="+")
    a = ap.parse_args()
    results = [check(p, a.corpus) for p in a.gold]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
