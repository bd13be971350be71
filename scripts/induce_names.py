#!/usr/bin/env python3
"""An induced name list: the words of the news text that a tagger labels,
confidently, as part of a name most of the time.

Inputs: the unlabelled text (scripts/unlabeled.py), the number of its first
news line (the lines before come from the annotated corpora and are
skipped), and `kashif extract --jsonl` output over that text (one record per
line, `id` = line number), made with a model trained with the dev split
held out (scripts/build_clusters.sh), so that nothing of the dev split
leaks into the features it is scored with.

Output: `word<TAB>KINDS` (KINDS from PERS, ORG, LOC, comma-separated) for
every word seen at least 3 times in the news of which a share are inside a
tagger name (source `model`) of that kind with a score at least the
kind's (GPE and LOC count as LOC): persons half of them, score >= 0.7;
organisations and places 40%, score >= 0.5 (THRESHOLDS). Deterministic.

The looser bar for organisations and places is from 7 December: read on
the slices with word tables whose induced names never saw them, it finds
more of the organisations the train file never labels (ORG F1 0.720 ->
0.728), where the same bar for persons cost precision on AQMAR dev and
CAraNER.

Usage: python3 scripts/induce_names.py TEXT NEWS_START EXTRACTED > induced.tsv
"""
import collections
import json
import sys

MIN_COUNT = 3
# kind: (the share of a word's occurrences inside names of the kind, the
# least score of those names)
THRESHOLDS = {"PERS": (0.5, 0.7), "ORG": (0.4, 0.5), "LOC": (0.4, 0.5)}
KINDS = {"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def main():
    text_path, start_path, extracted_path = sys.argv[1:4]
    with open(start_path) as f:
        start = int(f.read().strip())
    total = collections.Counter()
    with open(text_path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= start:
                total.update(line.split())
    inside = {k: collections.Counter() for k in set(KINDS.values())}
    with open(extracted_path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if not isinstance(rec.get("id"), int) or rec["id"] < start:
                continue
            for e in rec.get("entities", []):
                kind = KINDS.get(e["type"])
                if kind and e["source"] == "model" and e["score"] >= THRESHOLDS[kind][1]:
                    inside[kind].update(e["text"].split())
    out = collections.defaultdict(set)
    for kind, counts in inside.items():
        for w, n in counts.items():
            t = total.get(w, 0)
            if t >= MIN_COUNT and n / t >= THRESHOLDS[kind][0]:
                out[w].add(kind)
    for w in sorted(out):
        print(f"{w}\t{','.join(sorted(out[w]))}")
    print(f"induce_names: {len(out)} words", file=sys.stderr)


main()
