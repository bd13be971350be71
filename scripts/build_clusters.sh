#!/bin/sh
# Rebuilds data/clusters.tsv, the tagger's word table:
#  1. unlabelled text of the shared corpora and the ANT news corpus, about
#     10 M tokens (every sentence sharing a 6-token run with the ANERcorp
#     CAMeL test file is dropped; see scripts/unlabeled.py), ~1 min;
#  2. k-means word clusters at two granularities (scripts/clusters.rs),
#     ~1.5 min and 1 GB of memory;
#  3. name evidence from the shared name lists and from the text itself,
#     joined with the clusters; rare words without name evidence left out
#     (scripts/word_classes.py), ~15 s.
# Deterministic. Retrain the model afterwards (scripts/train_model.sh).
set -e
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared/data}
TMP=${TMPDIR:-/tmp}
python3 scripts/unlabeled.py "$SHARED" > "$TMP/kashif-unlabeled.txt"
rustc -O --edition 2021 scripts/clusters.rs -o "$TMP/kashif-clusters"
"$TMP/kashif-clusters" < "$TMP/kashif-unlabeled.txt" > "$TMP/kashif-clusters.tsv"
python3 scripts/word_classes.py "$TMP/kashif-clusters.tsv" "$TMP/kashif-unlabeled.txt" "$SHARED/names" > data/clusters.tsv
