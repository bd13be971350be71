#!/bin/sh
# Retrains data/model.bin from the shared ANERcorp train split (CAMeL,
# reconstructed), with the gazetteer lists currently in data/gazetteers/
# (the gazetteer features are part of the model: retrain after the lists
# change) and the word clusters in data/clusters.tsv
# (scripts/build_clusters.sh). Deterministic: same inputs + seed → same bytes.
# Holds out the last 10% of sentences to report dev scores, then retrains
# on all of them (--final-model). Rebuild afterwards to embed the new model.
# --memory-folds 0: the shipped model holds no literal entity phrases of the
# training corpus (ANERcorp is research data, not for redistribution).
set -e
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared/data}
cargo build --release
./target/release/kashif train \
  --conll "$SHARED/anercorp-camel/ANERCorp_CamelLab_train.reconstructed.txt" \
  --clusters data/clusters.tsv --epochs 8 --bags 6 --seed 1 --memory-folds 0 \
  --final-model --out data/model.bin
cargo build --release
