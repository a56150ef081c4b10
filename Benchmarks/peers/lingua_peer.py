"""Lingua, the peer kbkit's language identification is measured against (kbkit-bench, langid-peers).

Reads texts on stdin, one per line; writes one BCP 47 tag per line on stdout ("und" when Lingua
declines). The detector is restricted to the languages given with --languages (kbkit's core
languages), so both identifiers choose among the same set. High-accuracy mode, Lingua's default.
Run from the venv `make bench-peers` creates; never a dependency of kbkit itself.
"""
import argparse
import sys

from lingua import IsoCode639_1, IsoCode639_3, Language, LanguageDetectorBuilder

# kbkit's tags that are not Lingua's ISO 639-1 codes.
TO_LINGUA = {"fil": "tl", "nb": "nb"}
FROM_LINGUA = {"tl": "fil"}


def language(tag):
    code = TO_LINGUA.get(tag, tag)
    try:
        return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
    except AttributeError:
        return Language.from_iso_code_639_3(getattr(IsoCode639_3, code.upper()))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--languages", required=True, help="comma-separated BCP 47 tags")
    args = parser.parse_args()
    languages = [language(t) for t in args.languages.split(",")]
    detector = LanguageDetectorBuilder.from_languages(*languages).build()
    texts = [line.rstrip("\n") for line in sys.stdin]
    out = []
    for found in detector.detect_languages_in_parallel_of(texts):
        if found is None:
            out.append("und")
        else:
            code = found.iso_code_639_1.name.lower()
            out.append(FROM_LINGUA.get(code, code))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    main()
