#!/usr/bin/env python3
"""Assembles the unlabelled Arabic text the word clusters are induced from.

Writes one sentence per line (tokens separated by single spaces, lightly
folded: diacritics and tatweel removed, alef forms -> ا, ى -> ي, ة -> ه;
a conjunction/preposition before the article stripped) to stdout, from the texts of the shared corpora (labels are ignored):

* ANERcorp, CAMeL train split (reconstructed)
* NewsFANE Gold (overlaps ANERcorp)
* AQMAR, Topcoder train + dev (not its test articles)
* Wojood public sample
* CAraNER
* the ANT news corpus (data/unlabeled/: 8.8 M words of 2017-2018 news,
  Apache-2.0 + citation licence), split into sentences and tokens here
  (punctuation apart from words, as the CoNLL files have it)

The ANERcorp CAMeL **test** file is read ONLY to build an exclusion filter:
every sentence that shares any 6-token run with a test sentence is dropped,
whatever corpus it comes from. Nothing else is taken from the test file.

Usage: python3 scripts/unlabeled.py SHARED_DATA_DIR [NEWS_START_FILE] > /tmp/unlabeled.txt
(NEWS_START_FILE: where to write the number of the first line that comes
from the ANT news corpus; the lines before it come from the annotated
corpora, whose labels the tagger learns, so scripts/induce_names.py reads
only the news.)
"""
import csv
import json
import lzma
import os
import re
import sys

from textfold import fold

D = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
N = 6


ARTICLE = re.compile("^[وف]?[بكل]?(ال..+)$")
FUSED = re.compile("^[وف]?لل(...+)$")


def stem(w):
    """The article-bearing reading, as `likely_stem` in the core reads it:
    وبالرباط -> الرباط, للامم -> الامم; other words are kept."""
    m = FUSED.match(w)
    if m:
        return "ال" + m.group(1)
    m = ARTICLE.match(w)
    return m.group(1) if m else w


def conll(path, sep=None):
    sent = []
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.rstrip("\r\n")
            cols = line.split("\t") if sep == "\t" else line.split()
            tok = cols[0].strip("\u200e\u200f ") if cols else ""
            if not tok:
                if sent:
                    yield sent
                sent = []
                continue
            if tok == "$#$":
                continue
            sent.append(tok)
    if sent:
        yield sent


def caraner(path):
    rows = {}
    with open(path, encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            rows.setdefault(int(r["Sentence_ID"]), []).append((int(r["Word_ID"]), r["Word"]))
    for k in sorted(rows):
        yield [w for _, w in sorted(rows[k])]


PUNCT = re.compile(r'([.,:;!?()\[\]{}"«»“”،؛؟…/|<>*=+_~#%&^-])')
SENT_END = re.compile(r"(?<=[.!?؟])\s+|\n+")


def news(path):
    """Sentences of ANT JSON Lines articles (title, then text), tokenised
    the way the CoNLL corpora are: punctuation as tokens of its own."""
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            try:
                art = json.loads(line)
            except ValueError:
                continue
            for part in (art.get("title") or "", art.get("text") or ""):
                for sent in SENT_END.split(part):
                    toks = PUNCT.sub(r" \1 ", sent).split()
                    if len(toks) >= 3:
                        yield toks


def ngrams(toks):
    return {tuple(toks[i:i + N]) for i in range(len(toks) - N + 1)} if len(toks) >= N else {tuple(toks)}


test = set()
for s in conll(os.path.join(D, "anercorp-camel/ANERCorp_CamelLab_test.txt")):
    test |= ngrams([fold(t) for t in s])

sources = [
    conll(os.path.join(D, "anercorp-camel/ANERCorp_CamelLab_train.reconstructed.txt")),
    conll(os.path.join(D, "newsfane-gold/NewsFANE_Gold_2014_170K.txt"), "\t"),
    conll(os.path.join(D, "aqmar/topcoder-split/train.txt")),
    conll(os.path.join(D, "aqmar/topcoder-split/dev.txt")),
    conll(os.path.join(D, "wojood-sample/train.txt")),
    conll(os.path.join(D, "wojood-sample/val.txt")),
    conll(os.path.join(D, "wojood-sample/test.txt")),
    caraner(os.path.join(D, "caraner/CAraNER.csv")),
    news(os.path.join(D, "unlabeled/ant-multisource.jsonl.xz")),
    news(os.path.join(D, "unlabeled/ant-jawharafm.jsonl.xz")),
]
kept = dropped = 0
seen = set()
news_start = None
for n, src in enumerate(sources):
    if n == len(sources) - 2:
        news_start = kept
    for s in src:
        toks = [fold(t) for t in s]
        toks = [t for t in toks if t]
        if not toks:
            continue
        if ngrams(toks) & test:
            dropped += 1
            continue
        toks = [stem(t) for t in toks]
        line = " ".join(toks)
        if line in seen:
            continue
        seen.add(line)
        kept += 1
        print(line)
if len(sys.argv) > 2:
    with open(sys.argv[2], "w") as f:
        f.write(f"{news_start}\n")
print(f"unlabeled: kept {kept} sentences, dropped {dropped} overlapping the test set", file=sys.stderr)
