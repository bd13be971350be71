#!/usr/bin/env python3
"""Joins the induced name lists of the train file's slices into one table
for `kashif train --fold-induced` (scripts/fold_induced.sh).

Input: INDUCED_0 ... INDUCED_{n-1}, the lists scripts/induce_names.py
wrote from a tagger trained with slice j held out (`word<TAB>KINDS`, KINDS
from PERS, ORG, LOC). Output: `word<TAB>` and one digit per slice, the sum
of 1 (PERS), 2 (ORG) and 4 (LOC), as scripts/word_classes.py sets bits 21,
22 and 23; words sorted. Deterministic.

Usage: python3 scripts/fold_induced.py INDUCED_0 ... > data/fold_induced.tsv
"""
import sys

BIT = {"PERS": 1, "ORG": 2, "LOC": 4}


def main():
    paths = sys.argv[1:]
    kinds = {}
    for j, path in enumerate(paths):
        with open(path, encoding="utf-8") as f:
            for line in f:
                word, _, ks = line.rstrip("\n").partition("\t")
                digits = kinds.setdefault(word, [0] * len(paths))
                digits[j] = sum(BIT[k] for k in ks.split(",") if k in BIT)
    for word in sorted(kinds):
        print(word + "\t" + "".join(str(d) for d in kinds[word]))


if __name__ == "__main__":
    main()
