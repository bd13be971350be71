#!/bin/sh
# Rewrites the committed word table, fold lists and model from their inputs
# and checks them against the commit, byte for byte.
#
# The induced names in data/clusters.tsv and data/fold_induced.tsv are read
# off the pipeline's output on the news, so they depend on the readings of
# the kashif that read it (src/recognize/) as well as on the taggers. The
# committed ones were read by the pipeline of READER_COMMIT (84a5ffe, the
# readings of 5 December; the thresholds of scripts/induce_names.py and
# everything else are this checkout's); readings added since move a few
# words (18 of the fold lists and 4 of the table at f6e4eaa). This script
#  1. builds READER_COMMIT's kashif from `git archive` in a folder under
#     $TMPDIR (about 3 minutes; needs the clone's history);
#  2. runs scripts/build_clusters.sh and scripts/fold_induced.sh with it as
#     KASHIF_READER (everything else, the training included, is this
#     checkout's);
#  3. retrains the model (scripts/train_model.sh), about 1 minute;
#  4. fails unless the three files are the committed ones.
# About 17 minutes on two cores in all (6 December, a fresh clone).
# Usage: [READER_COMMIT=rev] [SHARED=...] sh scripts/reproduce_word_table.sh
set -e
cd "$(dirname "$0")/.."
READER_COMMIT=${READER_COMMIT:-84a5ffe}
TMP=${TMPDIR:-/tmp}
W="$TMP/kashif-reader-$READER_COMMIT"
rm -rf "$W"
mkdir -p "$W"
git archive "$READER_COMMIT" | tar -x -C "$W"
cargo build --release --bin kashif --manifest-path "$W/Cargo.toml"
KASHIF_READER="$W/target/release/kashif" sh scripts/build_clusters.sh
KASHIF_READER="$W/target/release/kashif" sh scripts/fold_induced.sh
sh scripts/train_model.sh
git diff --exit-code --stat -- data/clusters.tsv data/fold_induced.tsv data/model.bin
echo "reproduce_word_table: data/clusters.tsv, data/fold_induced.tsv and data/model.bin are the committed ones"
