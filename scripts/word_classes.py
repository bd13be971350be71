#!/usr/bin/env python3
"""Joins the word clusters with evidence that a word is a name, into the
table the tagger ships (data/clusters.tsv), and keeps it small enough for
the page.

Inputs:
  CLUSTERS   `word<TAB>coarse*1024+fine` for every word of the unlabelled
             text (scripts/clusters.rs)
  UNLABELED  that text (scripts/unlabeled.py: folded, one sentence a line)
  NAMES      the shared name lists (data/names/ of the shared data):
             wikidata-person-name-tokens.tsv (CC0) and
             google-ar2en-wikipedia.tsv (Apache-2.0)

Output line: `word<TAB>class`, where class packs (see
src/tagger/lexicon.rs, `WordClass`):

  bits 0-9    fine cluster (k-means, 1000)
  bits 10-15  coarse cluster (64)
  bit 16      a Wikidata person-name token (seen >= 2 times there, and not
              among the 8,000 commonest words of the unlabelled text)
  bit 17      a word of the Wikipedia transliteration list (same filter)
  bit 18      induced name evidence, strong: at least 3 times in the text,
              and >= 25% of its occurrences right after a title or honorific,
              or next to بن/ابن/بنت in a name chain
  bit 19      induced name evidence, weak: >= 8%
  bit 20      no cluster (the word is here for its name bits only)
  bits 21-23  induced by the current model (INDUCED, optional): at least 3
              times in the news part of the text and a share of them inside
              names a tagger labelled confidently, as a person (21; half
              of them, score >= 0.7), an organisation (22) or a place (23;
              40%, score >= 0.5): scripts/induce_names.py

Words enter the table when they occur at least MIN_COUNT times in the
text (rarer ones have noisy clusters and would make the model too big for
the page) or carry a name bit. Deterministic.

Usage: python3 scripts/word_classes.py CLUSTERS UNLABELED NAMES_DIR [INDUCED] > data/clusters.tsv
(INDUCED: `word<TAB>PERS,ORG,LOC` lines from scripts/induce_names.py)
"""
import collections
import os
import sys

from textfold import fold

MIN_COUNT = 3
COMMON = 8000

# Words after which a name follows (folded as the text is). Titles and
# honorifics only: verbs of saying are followed by too many common nouns.
TITLES = set("""
الرئيس رئيس الوزير وزير السيد السيده الشيخ الامير الاميره الملك الملكه
المدرب مدرب اللاعب لاعب النجم الفنان الفنانه الكاتب الكاتبه الدكتور الدكتوره
د الاستاذ الاستاذه المستشار السفير الجنرال العقيد العميد اللواء المشير
الناطق المتحدث النائب النائبه القاضي المحامي الصحفي الصحفيه المخرج المطرب
المطربه الممثل الممثله الروائي الشاعر البابا الامام الحاج السلطان نظيره
""".split())
CHAIN = {"بن", "ابن", "بنت"}


def main():
    clusters_path, text_path, names_dir = sys.argv[1:4]
    induced = {}
    if len(sys.argv) > 4:
        with open(sys.argv[4], encoding="utf-8") as f:
            for line in f:
                w, kinds = line.rstrip("\n").split("\t")
                induced[w] = set(kinds.split(","))
    clusters = {}
    with open(clusters_path, encoding="utf-8") as f:
        for line in f:
            w, c = line.rstrip("\n").split("\t")
            clusters[w] = int(c)

    count = collections.Counter()
    named = collections.Counter()
    with open(text_path, encoding="utf-8") as f:
        for line in f:
            toks = line.split()
            for i, w in enumerate(toks):
                count[w] += 1
                prev = toks[i - 1] if i else ""
                nxt = toks[i + 1] if i + 1 < len(toks) else ""
                if prev in TITLES or prev in CHAIN or nxt in CHAIN:
                    named[w] += 1
    common = {w for w, _ in count.most_common(COMMON)}

    def listed(path, min_count):
        out = set()
        with open(path, encoding="utf-8") as f:
            next(f, None)
            for line in f:
                r = line.rstrip("\n").split("\t")
                if not r or (min_count and (len(r) < 3 or int(r[2] or 0) < min_count)):
                    continue
                w = fold(r[0].strip())
                if len(w) >= 2 and " " not in w and w not in common:
                    out.add(w)
        return out

    wikidata = listed(os.path.join(names_dir, "wikidata-person-name-tokens.tsv"), 2)
    translit = listed(os.path.join(names_dir, "google-ar2en-wikipedia.tsv"), 0)

    out = {}
    for w in set(clusters) | wikidata | translit | set(induced):
        bits = 0
        if w in wikidata:
            bits |= 1 << 16
        if w in translit:
            bits |= 1 << 17
        for k, b in (("PERS", 21), ("ORG", 22), ("LOC", 23)):
            if k in induced.get(w, ()):
                bits |= 1 << b
        n = count.get(w, 0)
        if n >= 3 and w not in TITLES and w not in CHAIN:
            share = named[w] / n
            if share >= 0.25:
                bits |= 1 << 18
            elif share >= 0.08:
                bits |= 1 << 19
        if w in clusters and (n >= MIN_COUNT or bits):
            out[w] = clusters[w] | bits
        elif bits:
            out[w] = bits | (1 << 20)
    for w in sorted(out):
        print(f"{w}\t{out[w]}")
    kinds = collections.Counter()
    for v in out.values():
        for b, name in ((16, "wikidata"), (17, "translit"), (18, "strong"), (19, "weak"), (20, "unclustered"),
                        (21, "induced-pers"), (22, "induced-org"), (23, "induced-loc")):
            if v >> b & 1:
                kinds[name] += 1
    print(f"word_classes: {len(out)} words; " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
          file=sys.stderr)


main()
