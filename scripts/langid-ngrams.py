#!/usr/bin/env python3
"""Builds Sources/Linguistics/Resources/langid/langid-ngrams.bin, the character n-gram model of the
language identifier (docs/RESOURCES.md, "Language-ID character n-grams"), from Lingua's language
models (Apache-2.0, https://github.com/pemistahl/lingua-py): the pure-Python wheel ships them as
Brotli-compressed JSON, one file per language and n-gram order.

    python3 -m venv /tmp/ngrams-venv && /tmp/ngrams-venv/bin/pip install brotli
    pip download --no-deps lingua-language-detector==1.3.5 -d /tmp/lingua && unzip -q /tmp/lingua/*.whl -d /tmp/lingua/x
    /tmp/ngrams-venv/bin/python scripts/langid-ngrams.py /tmp/lingua/x/lingua/language-models \
        > Sources/Linguistics/Resources/langid/langid-ngrams.bin
    # --tsv instead writes the same table as text (ngram<TAB>lang:score …), to read or diff it.

Lingua stores, per order n (1–5), P(last character | the n-1 before it) as fractions. The file
keeps, per language and order, the n-grams most frequent in the language (their joint probability,
the chain of those conditionals: KEEP below), and writes each kept n-gram's conditional probability
as round(-SCALE · ln p), capped at 255.

Version 2 (issue 11, chosen on the dev split of `kbkit-bench --only langid-peers`, n-grams alone,
the modelled languages' lines): eighth nats instead of quarter nats (Indonesian vs Malay right in
242 of 438 lines at quarters, 284 at eighths: much of what separates the two is finer than a
quarter nat), and 10,000 five-grams per language (subtitle lines 3,311 → 3,318 of 3,683, our
short messages 427 → 442 of 481, Indonesian vs Malay 292). 20,000 five-grams (6.7 MB) gained six
subtitle lines more in the whole identifier; not worth the size.

Binary layout (little-endian), read in place by CharacterNGrams (no parsing at start-up):
    "KBNG"  u32 version (2)  u32 languages  u32 n-grams  u32 scale (8)  u32 longest order (5)
    languages × 4 bytes: the tag, ASCII, NUL-padded
    n-grams × u64: the key, sorted ascending (key() below). One to four scalars: packed 16 bits
        each, first scalar highest ("ab" = 0x0061_0062). Five: a 64-bit hash of the five with the
        top bit set. Every scalar of the model is below U+8000, so a packed key's top bit is clear
        and the two kinds never meet; the script checks that no two five-grams share a hash.
    n-grams × u32: where the n-gram's pairs start (index of the pair) << 8 | how many there are
    pairs × 2 bytes: language index, score
Deterministic: same input, same bytes.
"""
import json
import math
import os
import struct
import sys

import brotli

# kbkit's languages that share a script with another (Latin, Cyrillic) plus the opt-in ones and
# Catalan; Lingua's tag where it differs.
LANGUAGES = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pl": "pl", "pt": "pt",
             "vi": "vi", "id": "id", "ms": "ms", "fil": "tl", "tr": "tr", "sv": "sv", "cs": "cs", "ro": "ro",
             "ru": "ru", "uk": "uk", "nb": "nb", "da": "da", "fi": "fi", "ca": "ca"}
ORDERS = ["unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"]
# How many n-grams of each order are kept per language (most frequent first).
KEEP = {1: 10_000, 2: 2_500, 3: 10_000, 4: 10_000, 5: 10_000}
SCALE = 8
VERSION = 2
MASK = (1 << 64) - 1


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


def build(folder):
    """ngram → {lang: score}"""
    table = {}
    for lang, tag in sorted(LANGUAGES.items()):
        conditional = [load(folder, tag, o) for o in ORDERS]
        joint = [conditional[0]]
        for n in range(1, len(ORDERS)):
            prev = joint[n - 1]
            joint.append({g: prev.get(g[:-1], 0) * p for g, p in conditional[n].items()})
        for n, probs in enumerate(conditional, start=1):
            ranked = sorted(probs, key=lambda g: (-joint[n - 1][g], g))[:KEEP[n]]
            for g in ranked:
                if any(ord(c) >= 0x8000 or ord(c) == 0 for c in g):
                    continue
                table.setdefault(g, {})[lang] = min(255, round(-SCALE * math.log(probs[g])))
    return table


def key(gram):
    """What CharacterNGrams.key computes: packed scalars, or for five a splitmix64-style hash of the
    first four packed and the fifth, top bit set."""
    k = 0
    for c in gram[:4]:
        k = k << 16 | ord(c)
    if len(gram) < 5:
        return k
    z = (k ^ (ord(gram[4]) * 0x9E3779B97F4A7C15)) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return (z ^ (z >> 31)) | 1 << 63


def write_binary(table, out):
    tags = sorted(LANGUAGES)
    index = {t: i for i, t in enumerate(tags)}
    grams = sorted(table, key=key)
    if len({key(g) for g in grams}) != len(grams):
        sys.exit("two n-grams share a key: change the five-gram hash")
    keys, entries, pairs = [], [], bytearray()
    for g in grams:
        scores = sorted(table[g].items())
        entries.append((len(pairs) // 2) << 8 | len(scores))
        for lang, score in scores:
            pairs += bytes([index[lang], score])
        keys.append(key(g))
    out.write(b"KBNG" + struct.pack("<IIIII", VERSION, len(tags), len(grams), SCALE, len(ORDERS)))
    for t in tags:
        out.write(t.encode("ascii").ljust(4, b"\0"))
    out.write(struct.pack(f"<{len(keys)}Q", *keys))
    out.write(struct.pack(f"<{len(entries)}I", *entries))
    out.write(bytes(pairs))


def write_tsv(table, out):
    out.write(f"# ngram<TAB>lang:score …; score = round(-{SCALE} ln P(last char | rest))\n")
    for g in sorted(table):
        out.write(g + "\t" + " ".join(f"{l}:{s}" for l, s in sorted(table[g].items())) + "\n")


def main():
    args = [a for a in sys.argv[1:] if a != "--tsv"]
    table = build(args[0])
    if "--tsv" in sys.argv:
        write_tsv(table, sys.stdout)
    else:
        write_binary(table, sys.stdout.buffer)


if __name__ == "__main__":
    main()
