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
every word seen at least 3 times in the news of which at least half are
inside a tagger name (source `model`, score >= 0.7) of that kind (GPE and
LOC count as LOC). Deterministic.

Usage: python3 scripts/induce_names.py TEXT NEWS_START EXTRACTED > induced.tsv
"""
import collections
import json
import sys

MIN_COUNT = 3
MIN_SHARE = 0.5
MIN_SCORE = 0.7
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
                if kind and e["source"] == "model" and e["score"] >= MIN_SCORE:
                    inside[kind].update(e["text"].split())
    out = collections.defaultdict(set)
    for kind, counts in inside.items():
        for w, n in counts.items():
            t = total.get(w, 0)
            if t >= MIN_COUNT and n / t >= MIN_SHARE:
                out[w].add(kind)
    for w in sorted(out):
        print(f"{w}\t{','.join(sorted(out[w]))}")
    print(f"induce_names: {len(out)} words", file=sys.stderr)


main()
