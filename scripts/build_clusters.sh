#!/bin/sh
# Rebuilds data/clusters.tsv: unlabelled text of the shared corpora (every
# sentence sharing a 6-token run with the ANERcorp CAMeL test file is
# dropped; see scripts/unlabeled.py), then k-means word clusters
# (scripts/clusters.rs). Deterministic. Takes about a minute.
set -e
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared/data}
TMP=${TMPDIR:-/tmp}
python3 scripts/unlabeled.py "$SHARED" > "$TMP/kashif-unlabeled.txt"
rustc -O --edition 2021 scripts/clusters.rs -o "$TMP/kashif-clusters"
"$TMP/kashif-clusters" < "$TMP/kashif-unlabeled.txt" > data/clusters.tsv
