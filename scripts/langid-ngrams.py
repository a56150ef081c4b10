#!/usr/bin/env python3
"""Builds Sources/Linguistics/Resources/langid/langid-ngrams.tsv, the character n-gram model of the
language identifier (docs/RESOURCES.md, "Language-ID character n-grams"), from Lingua's language
models (Apache-2.0, https://github.com/pemistahl/lingua-py): the pure-Python wheel ships them as
Brotli-compressed JSON, one file per language and n-gram order.

    python3 -m venv /tmp/ngrams-venv && /tmp/ngrams-venv/bin/pip install brotli
    pip download --no-deps lingua-language-detector==1.3.5 -d /tmp/lingua && unzip -q /tmp/lingua/*.whl -d /tmp/lingua/x
    /tmp/ngrams-venv/bin/python scripts/langid-ngrams.py /tmp/lingua/x/lingua/language-models > Sources/Linguistics/Resources/langid/langid-ngrams.tsv

Lingua stores, per order n, P(last character | the n-1 before it) as fractions. The file keeps, per
language and order, the n-grams most frequent in the language (their joint probability, the chain
of those conditionals), and writes each kept n-gram's conditional probability as
round(-4 · ln p) ("quarter nats"). Deterministic: same input, same bytes.
"""
import json
import math
import os
import sys
from fractions import Fraction

import brotli

# kbkit's languages that share a script with another (Latin, Cyrillic) plus the opt-in ones and
# Catalan; Lingua's tag where it differs.
LANGUAGES = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pl": "pl", "pt": "pt",
             "vi": "vi", "id": "id", "ms": "ms", "fil": "tl", "tr": "tr", "sv": "sv", "cs": "cs", "ro": "ro",
             "ru": "ru", "uk": "uk", "nb": "nb", "da": "da", "fi": "fi", "ca": "ca"}
ORDERS = ["unigrams", "bigrams", "trigrams", "quadrigrams"]
# How many n-grams of each order are kept per language (most frequent first).
KEEP = {1: 10_000, 2: 300, 3: 700, 4: 400}
SCALE = 4


def load(folder, lingua_tag, order):
    path = os.path.join(folder, lingua_tag, order + ".json.br")
    data = json.loads(brotli.decompress(open(path, "rb").read()))["ngrams"]
    probs = {}
    for fraction, grams in data.items():
        num, den = fraction.split("/")
        p = int(num) / int(den)
        for g in grams.split(" "):
            probs[g] = p
    return probs


def main():
    folder = sys.argv[1]
    table = {}  # ngram → {lang: score}
    for lang, tag in sorted(LANGUAGES.items()):
        conditional = [load(folder, tag, o) for o in ORDERS]
        joint = [conditional[0]]
        for n in range(1, len(ORDERS)):
            prev = joint[n - 1]
            joint.append({g: prev.get(g[:-1], 0) * p for g, p in conditional[n].items()})
        for n, probs in enumerate(conditional, start=1):
            ranked = sorted(probs, key=lambda g: (-joint[n - 1][g], g))[:KEEP[n]]
            for g in ranked:
                score = min(99, round(-SCALE * math.log(probs[g])))
                table.setdefault(g, {})[lang] = score
    out = sys.stdout
    out.write("# Character n-grams for language identification, derived from Lingua's language models\n")
    out.write("# (Apache-2.0, Peter M. Stahl; scripts/langid-ngrams.py). ngram<TAB>lang:score …; score = round(-4 ln P(last char | rest)).\n")
    for g in sorted(table):
        if "\t" in g or "\n" in g or g.startswith("#"):
            continue
        out.write(g + "\t" + " ".join(f"{l}:{s}" for l, s in sorted(table[g].items())) + "\n")


if __name__ == "__main__":
    main()
