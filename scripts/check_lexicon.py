#!/usr/bin/python3
"""Checks data/lexicon.json against the rules of docs/lexicon.md, and optionally shows
which lexicon entries a text would match.

usage: check_lexicon.py [LEXICON] [--ontology ONTOLOGY] [--scan TEXT...]

Exit status 1 when the lexicon breaks a rule (each problem is printed with the entry).
--scan approximates the engine's matcher (longest match, Latin word boundaries) so that a
new entry can be tried against real articles before it is committed; the engine is the
authority, this is only a preview.
"""
import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
KEYS = {"name", "type", "aliases", "exact_aliases", "description"}
SEPARATORS = r"[\s\-_.·・•]"
LATIN_WORD = r"[0-9A-Za-z\u00C0-\u024F]"
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def name_key(s):
    """The comparison key of text/normalize.hpp (NFKC, case fold, separators removed)."""
    return re.sub(SEPARATORS, "", unicodedata.normalize("NFKC", s).casefold())


def is_latin(form):
    return not HAN.search(form)


def forms_of(entry):
    """(loose forms, exact forms): the name is loose unless it is also an exact alias."""
    exact = list(entry.get("exact_aliases", []))
    loose = list(entry.get("aliases", []))
    if entry["name"] not in exact:
        loose.insert(0, entry["name"])
    return loose, exact


def check(lexicon, types):
    problems = []
    entries = lexicon.get("entities")
    if not isinstance(entries, list):
        return ["top level: 'entities' must be an array"]
    loose_owner, exact_owner, names = {}, {}, {}
    for i, e in enumerate(entries):
        where = f"entry {i} ({e.get('name', '?')})"
        if not isinstance(e, dict):
            problems.append(f"{where}: not an object")
            continue
        unknown = set(e) - KEYS
        if unknown:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        if not isinstance(e.get("name"), str) or not e["name"].strip():
            problems.append(f"{where}: name must be a non-empty string")
            continue
        if e.get("type") not in types:
            problems.append(f"{where}: type {e.get('type')!r} is not one of {sorted(types)}")
        for field in ("aliases", "exact_aliases"):
            value = e.get(field, [])
            if not isinstance(value, list) or not all(isinstance(a, str) and a.strip() for a in value):
                problems.append(f"{where}: {field} must be an array of non-empty strings")
        if "description" in e and not isinstance(e["description"], str):
            problems.append(f"{where}: description must be a string")
        if problems and problems[-1].startswith(where):
            continue
        k = name_key(e["name"])
        if k in names:
            problems.append(f"{where}: same name key as {names[k]!r}")
        names[k] = e["name"]
        loose, exact = forms_of(e)
        seen = set()
        for form in loose:
            fk = name_key(form)
            if fk in seen:
                problems.append(f"{where}: alias {form!r} repeats another form of the same entry")
            seen.add(fk)
            if is_latin(form) and len(fk) < 3:
                problems.append(f"{where}: short Latin alias {form!r} must be an exact alias")
            other = loose_owner.setdefault(fk, e["name"])
            if other != e["name"]:
                problems.append(f"{where}: alias {form!r} also belongs to {other!r}")
        for form in exact:
            other = exact_owner.setdefault(form, e["name"])
            if other != e["name"]:
                problems.append(f"{where}: exact alias {form!r} also belongs to {other!r}")
    # an exact form must not be the loose key of another entry, or one text would name two
    for form, owner in exact_owner.items():
        other = loose_owner.get(name_key(form))
        if other is not None and other != owner:
            problems.append(f"exact alias {form!r} of {owner!r} is a loose alias of {other!r}")
    return problems


def pattern(form, exact):
    if is_latin(form):
        chars = [re.escape(c) for c in re.sub(SEPARATORS, "", form)] if not exact else [re.escape(form)]
        body = (SEPARATORS + "*").join(chars) if not exact else chars[0]
        return re.compile(f"(?<!{LATIN_WORD}){body}(?!{LATIN_WORD})", 0 if exact else re.IGNORECASE)
    return re.compile("[·・•]?".join(re.escape(c) for c in form.replace("·", "")))


def scan(lexicon, path):
    text = unicodedata.normalize("NFKC", Path(path).read_text(encoding="utf-8"))
    hits = []
    for e in lexicon["entities"]:
        loose, exact = forms_of(e)
        for form, is_exact in [(f, False) for f in loose] + [(f, True) for f in exact]:
            for m in pattern(form, is_exact).finditer(text):
                hits.append((m.start(), m.end(), e["name"], e["type"]))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken, counts = [False] * (len(text) + 1), {}
    for start, end, name, etype in hits:
        if any(taken[start:end]):
            continue
        taken[start:end] = [True] * (end - start)
        counts[(name, etype)] = counts.get((name, etype), 0) + 1
    print(f"{path}: {len(counts)} lexicon entities")
    for (name, etype), n in sorted(counts.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        print(f"  {etype:12} {name} ({n})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lexicon", nargs="?", default=str(REPO / "data" / "lexicon.json"))
    ap.add_argument("--ontology", default=str(REPO / "data" / "ontology.json"))
    ap.add_argument("--scan", nargs="*", default=[], metavar="TEXT")
    a = ap.parse_args()
    with open(a.lexicon, encoding="utf-8") as f:
        lexicon = json.load(f)
    with open(a.ontology, encoding="utf-8") as f:
        types = {t["name"] for t in json.load(f)["types"]}
    problems = check(lexicon, types)
    for p in problems:
        print(f"{a.lexicon}: {p}", file=sys.stderr)
    if not problems:
        by_type = {}
        for e in lexicon["entities"]:
            by_type[e["type"]] = by_type.get(e["type"], 0) + 1
        summary = ", ".join(f"{t} {n}" for t, n in sorted(by_type.items()))
        print(f"{a.lexicon}: {len(lexicon['entities'])} entries ok ({summary})")
    for path in a.scan:
        scan(lexicon, path)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
