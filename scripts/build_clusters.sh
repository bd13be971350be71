#!/bin/sh
# Rebuilds data/clusters.tsv, the tagger's word table:
#  1. unlabelled text of the shared corpora and the ANT news corpus, about
#     10 M tokens (every sentence sharing a 6-token run with the ANERcorp
#     CAMeL test file is dropped; see scripts/unlabeled.py), ~1 min;
#  2. k-means word clusters at two granularities (scripts/clusters.rs),
#     ~1.5 min and 1 GB of memory;
#  3. name evidence from the shared name lists and from the text itself,
#     joined with the clusters; rare words without name evidence left out
#     (scripts/word_classes.py), ~15 s (steps 1-3:
#     scripts/word_table_inputs.sh);
#  4. an induced name list: a tagger trained as scripts/train_model.sh
#     trains it, but with the dev split held out and on the table of step 3,
#     labels the news part of the text (~1 min), and the words mostly inside
#     its confident names are marked (scripts/induce_names.py); step 3 again
#     with them.
# Deterministic. Then rebuild data/fold_induced.tsv (scripts/fold_induced.sh)
# and retrain the model (scripts/train_model.sh).
# The news of step 4 is read by this checkout's kashif unless KASHIF_READER
# names another build: the induced names are read off the pipeline's
# output, so they move with its readings (scripts/reproduce_word_table.sh
# rewrites the committed table with the build it was read by).
set -e
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared/data}
TMP=${TMPDIR:-/tmp}
READER=${KASHIF_READER:-./target/release/kashif}
SHARED="$SHARED" TMP="$TMP" sh scripts/word_table_inputs.sh
sh scripts/train_model.sh "$TMP/kashif-classes.tsv" "$TMP/kashif-induce.bin"
"$READER" extract --jsonl --threads 2 --convention anercorp --types PERS,ORG,GPE,LOC \
  --model "$TMP/kashif-induce.bin" "$TMP/kashif-unlabeled.jsonl" > "$TMP/kashif-induce.jsonl"
python3 scripts/induce_names.py "$TMP/kashif-unlabeled.txt" "$TMP/kashif-news-start" "$TMP/kashif-induce.jsonl" > "$TMP/kashif-induced.tsv"
python3 scripts/word_classes.py "$TMP/kashif-clusters.tsv" "$TMP/kashif-unlabeled.txt" "$SHARED/names" "$TMP/kashif-induced.tsv" > data/clusters.tsv
