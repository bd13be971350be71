#!/bin/sh
# The inputs of the tagger's word table, into $TMP (scripts/build_clusters.sh
# and scripts/fold_induced.sh run it first):
#  kashif-unlabeled.txt   the unlabelled text, about 10 M tokens: every
#                         sentence sharing a 6-token run with the ANERcorp
#                         CAMeL test file dropped (scripts/unlabeled.py), ~1 min;
#  kashif-news-start      the number of its first line of news;
#  kashif-clusters.tsv    k-means word clusters at two granularities
#                         (scripts/clusters.rs), ~1.5 min and 1 GB of memory;
#  kashif-classes.tsv     the word table without induced names
#                         (scripts/word_classes.py), ~15 s;
#  kashif-unlabeled.jsonl the text as `kashif extract --jsonl` reads it.
# Deterministic. Usage: SHARED=... TMP=... sh scripts/word_table_inputs.sh
set -e
python3 scripts/unlabeled.py "$SHARED" "$TMP/kashif-news-start" > "$TMP/kashif-unlabeled.txt"
rustc -O --edition 2021 scripts/clusters.rs -o "$TMP/kashif-clusters"
"$TMP/kashif-clusters" < "$TMP/kashif-unlabeled.txt" > "$TMP/kashif-clusters.tsv"
python3 scripts/word_classes.py "$TMP/kashif-clusters.tsv" "$TMP/kashif-unlabeled.txt" "$SHARED/names" > "$TMP/kashif-classes.tsv"
python3 -c 'import json,sys
for i, l in enumerate(sys.stdin):
    print(json.dumps({"id": i, "text": l.rstrip("\n")}, ensure_ascii=False))' \
  < "$TMP/kashif-unlabeled.txt" > "$TMP/kashif-unlabeled.jsonl"
