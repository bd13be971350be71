#!/bin/sh
# Rebuilds data/fold_induced.tsv, the induced names of each tenth of the
# ANERcorp train file for `kashif train --fold-induced`
# (scripts/train_model.sh):
#  1-3. the unlabelled text, its word clusters and the word table without
#     induced names, as scripts/build_clusters.sh makes them (~4 min);
#  4. for each of the ten slices that `kashif train --dev-fold` cuts, a
#     tagger trained as scripts/train_model.sh trains it with that slice
#     held out labels the news part of the text, and the words mostly
#     inside its confident names are listed (scripts/induce_names.py),
#     ~1.5 min a slice;
#  5. the ten lists joined, one digit per slice (scripts/fold_induced.py).
# Slice 9 is the split scripts/build_clusters.sh holds out, so its list is
# the one that script puts into data/clusters.tsv, from today's build.
# Deterministic; about 25 minutes on two cores (28 with a training run beside
# it, 6 December).
# The news is read by this checkout's kashif unless KASHIF_READER names
# another build, as in scripts/build_clusters.sh.
set -e
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared/data}
TMP=${TMPDIR:-/tmp}
READER=${KASHIF_READER:-./target/release/kashif}
SHARED="$SHARED" TMP="$TMP" sh scripts/word_table_inputs.sh
LISTS=
for j in 0 1 2 3 4 5 6 7 8 9; do
  sh scripts/train_model.sh "$TMP/kashif-classes.tsv" "$TMP/kashif-fold$j.bin" --dev-fold $j
  "$READER" extract --jsonl --threads 2 --convention anercorp --types PERS,ORG,GPE,LOC \
    --model "$TMP/kashif-fold$j.bin" "$TMP/kashif-unlabeled.jsonl" > "$TMP/kashif-fold$j.jsonl"
  python3 scripts/induce_names.py "$TMP/kashif-unlabeled.txt" "$TMP/kashif-news-start" "$TMP/kashif-fold$j.jsonl" > "$TMP/kashif-fold$j.tsv"
  LISTS="$LISTS $TMP/kashif-fold$j.tsv"
done
python3 scripts/fold_induced.py $LISTS > data/fold_induced.tsv
