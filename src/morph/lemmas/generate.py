#!/usr/bin/env python3
"""Regenerates fr.tsv and en.tsv, the lemma tables of src/morph/lemma.rs.

Source: the lemma lookup tables of spacy-lookups-data (fr_lemma_lookup.json.gz,
en_lemma_lookup.json.gz), as installed by pip; see README.md for the exact command and
LICENSE for the terms of the data. Python 3.11, no other dependency than the two pinned
packages.

What is kept: the pairs (form, lemma) that Snowball alone does not already bring together.
The matcher folds a word, looks it up here, and stems the result (lemma.rs `base`), so an
entry is needed only where the Snowball stem of the folded form differs from the Snowball
stem of the folded lemma. Snowball is `snowballstemmer` 2.2.0, which stems every word of
both source tables exactly as the Rust crate rust-stemmers 1.2 does (snowballstemmer 3.x
implements the revised Snowball 3 algorithms and differs on about 200 words a language).

Steps, in order (each is a function below):

1. read: form -> lemma, one lemma a form in the source.
2. promote (French only): the source maps many masculine participles to themselves as
   adjectives ("vécu" -> "vécu", "vivant" -> "vivant") while their other forms go to the
   verb ("vécue" -> "vivre", "vivons" -> "vivre"). A participle group is moved to its verb
   when the source itself says which verb: past participles by their -e/-s/-es forms
   (but not a noun to the verb made from it, "parlement" to "parlementer"), present
   participles (-ant) by their "-ons" form; NOT_PARTICIPLES lists the exceptions.
3. overrides: a few hand-made entries, listed in OVERRIDES with the reason for each.
4. fold both sides (see `fold`), keep only pairs whose folded form and lemma are [a-z]+:
   the lexer's word tokens never hold digits, spaces, hyphens or apostrophes.
5. choose one lemma for each folded form, as several spellings fold to one form
   ("côté", "côte", "coté"): a verb lemma first, then the form itself (it is a lemma in
   its own right), then the lemma with more forms, then the smallest.
6. a form that is itself a verb's lemma keeps itself ("dive" is not sent to "diva",
   "wound" not to "wind", "found" not to "find"), so that its own inflections stay with it.
7. resolve chains (form -> lemma -> other lemma) so that no lemma in a table is a form in
   it: words that share a lemma then always share a base.
8. drop form == lemma and stem(form) == stem(lemma); write sorted by form bytes.

Verb lemmas (steps 5 and 6) are read off the source: a French verb lemma is the lemma of
some form in -aient (imperfect, 3rd plural, which only verbs have); an English one is the
lemma of some form in -ing that is not itself.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import json
import os
import re
import sys

PINNED = {"spacy-lookups-data": "1.0.5", "snowballstemmer": "2.2.0"}

# The folding, character by character; identical to `fold` in src/morph/lemma.rs, which uses
# the lexer's tables (src/grammar/lexer.rs `fold_char` and `fold_punct`):
# - ASCII letters are lowercased;
# - the Latin letters below lose their accents ("é" -> "e", "ç" -> "c"), ligatures are
#   spelled out ("œ" -> "oe", "æ" -> "ae"), upper and lower case alike;
# - the apostrophes ’ ‘ ` ʼ ´ become ', the dashes ‐ ‑ ‒ – — − become -, and « » “ ” become ";
# - any other character is lowercased (Unicode lowercase) and kept.
LETTERS = {
    "àâäáÀÂÄÁ": "a",
    "éèêëÉÈÊË": "e",
    "îïíÎÏÍ": "i",
    "ôöóÔÖÓ": "o",
    "ùûüúÙÛÜÚ": "u",
    "çÇ": "c",
    "ÿŸ": "y",
    "ñÑ": "n",
    "œŒ": "oe",
    "æÆ": "ae",
}
PUNCT = {"’‘`ʼ´": "'", "‐‑‒–—−": "-", "«»“”": '"'}
FOLD = {c: rep for table in (LETTERS, PUNCT) for chars, rep in table.items() for c in chars}


def fold(word: str) -> str:
    return "".join(FOLD.get(c, c.lower()) for c in word)


WORD = re.compile(r"[a-z]+")

# Hand-made entries, applied to the source before folding: (language, forms, lemma, why).
OVERRIDES = [
    (
        "fr",
        ["mort", "morte", "morts", "mortes"],
        "mourir",
        "the source has 'mort' as a noun lemma of its own; in the articles 'morts' is the "
        "death toll ('500 morts', 'ils sont morts'), the same fact as 'mourir', 'meurent'",
    ),
    (
        "en",
        ["dying"],
        "die",
        "the source sends 'dying' to 'dye'; 'dyeing' is dye's",
    ),
]

# Words of participle shape that are mostly something else (prepositions, adverbs, a pronoun,
# a noun): never promoted to a verb (step 2).
NOT_PARTICIPLES = {
    "avant", "devant", "pendant", "durant", "cependant", "maintenant", "restaurant", "lui",
}

VERB_SUFFIX = {"fr": "aient", "en": "ing"}


def check_versions() -> None:
    for name, want in PINNED.items():
        try:
            got = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            sys.exit(f"{name} is not installed; see README.md for the pip command")
        if got != want:
            sys.exit(f"{name} {got} is installed, the tables are made with {want} (README.md)")


def read(lang: str) -> dict[str, str]:
    import spacy_lookups_data

    data_dir = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data")
    path = os.path.join(data_dir, f"{lang}_lemma_lookup.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for form, lemma in data.items():
        if isinstance(lemma, list):  # fr: a list, always of one lemma in 1.0.5
            lemma = lemma[0]
        out[form] = lemma
    return out


def verb_lemmas(pairs, suffix: str) -> set[str]:
    return {lemma for form, lemma in pairs if form != lemma and form.endswith(suffix)}


def promote(table: dict[str, str]) -> dict[str, str]:
    """Step 2 (French): participle groups that the source gives to an adjective, to their verb."""
    verbs = verb_lemmas(table.items(), VERB_SUFFIX["fr"])
    groups: dict[str, list[str]] = {}
    for form, lemma in table.items():
        groups.setdefault(lemma, []).append(form)
    out = dict(table)
    for head, forms in groups.items():
        if head in verbs or head in NOT_PARTICIPLES:
            continue
        found = set()
        if head.endswith(("é", "i", "u", "s", "t")):
            # past participle: its feminine and plural forms
            ends = ("e", "es") if head.endswith("s") else ("e", "s", "es")
            found = {table[head + e] for e in ends if table.get(head + e) in verbs}
            # a noun and the verb made from it ("parlement", "parlementer"; "appui",
            # "appuyer"): "parlemente" is a present tense, not a feminine participle
            found -= {head + "er", head[:-1] + "yer"}
        for e in ("ant", "ante", "ants", "antes"):
            if head.endswith(e) and head[: -len(e)] + "ant" not in NOT_PARTICIPLES:
                ons = table.get(head[: -len(e)] + "ons")
                if ons in verbs:
                    found.add(ons)
        if len(found) == 1:
            (verb,) = found
            for form in forms + [head]:
                out[form] = verb
    return out


def build(lang: str, stem) -> tuple[list[tuple[str, str]], dict[str, int]]:
    stats = {}
    table = read(lang)
    stats["source"] = len(table)
    if lang == "fr":
        table = promote(table)
    for olang, forms, lemma, _why in OVERRIDES:
        if olang == lang:
            for form in forms:
                table[form] = lemma
    # step 4: fold
    pairs = []
    for form, lemma in table.items():
        form, lemma = fold(form), fold(lemma)
        if WORD.fullmatch(form) and WORD.fullmatch(lemma):
            pairs.append((form, lemma))
    stats["folded"] = len(pairs)
    verbs = verb_lemmas(pairs, VERB_SUFFIX[lang])
    size: dict[str, int] = {}
    cands: dict[str, set[str]] = {}
    for form, lemma in pairs:
        size[lemma] = size.get(lemma, 0) + 1
        cands.setdefault(form, set()).add(lemma)
    # step 5: one lemma a form
    chosen = {}
    for form, lemmas in cands.items():
        chosen[form] = min(lemmas, key=lambda lem: (lem not in verbs, lem != form, -size[lem], lem))
    stats["several lemmas"] = sum(len(lemmas) > 1 for lemmas in cands.values())
    # step 6: a verb lemma keeps itself
    for form in chosen:
        if form in verbs:
            chosen[form] = form
    # step 7: chains
    for form in chosen:
        seen = {form}
        lemma = chosen[form]
        while chosen.get(lemma, lemma) != lemma and lemma not in seen:
            seen.add(lemma)
            lemma = chosen[lemma]
        chosen[form] = lemma
    # step 8
    out = [(f, lem) for f, lem in chosen.items() if f != lem and stem(f) != stem(lem)]
    out.sort(key=lambda p: p[0].encode())
    stats["kept"] = len(out)
    return out, stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=here, help="folder for fr.tsv and en.tsv (default: here)")
    args = parser.parse_args()
    check_versions()
    import snowballstemmer

    for lang, name in (("fr", "french"), ("en", "english")):
        stemmer = snowballstemmer.stemmer(name)
        rows, stats = build(lang, stemmer.stemWord)
        path = os.path.join(args.out, f"{lang}.tsv")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for form, lemma in rows:
                f.write(f"{form}\t{lemma}\n")
        counts = ", ".join(f"{k} {v}" for k, v in stats.items())
        print(f"{path}: {counts} ({os.path.getsize(path)} bytes)")


if __name__ == "__main__":
    main()
