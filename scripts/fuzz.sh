#!/usr/bin/env bash
# Runs fuzz targets (fuzz/, cargo-fuzz + libFuzzer) for a fixed time each,
# one after the other, and prints per target how long it ran, how many
# inputs it tried and what it found. What `make fuzz` and `make test-fuzz`
# run.
#
#   scripts/fuzz.sh SECONDS [TARGET…]      (all targets when none is named)
#   scripts/fuzz.sh --smoke SECONDS         from the seeds only (make test)
#   scripts/fuzz.sh --tools                 only install the tools
#
# Installs what is missing: the nightly toolchain and cargo-fuzz at the
# pinned version. Each target starts from its seeds (fuzz/corpus/TARGET/,
# committed) and from what earlier runs on this machine learnt
# (fuzz/target/corpus/TARGET/, not committed; libFuzzer adds new inputs to
# this first folder only, so the seeds stay as written). With --smoke,
# from the seeds alone, so that the short run in `make test` takes the same
# time however long earlier runs were. A crash, a failed
# invariant, a timeout (10 s on one input) or more than 2 GB of memory
# stops the run with libFuzzer's report; the input is saved under
# fuzz/artifacts/TARGET/ and the script exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_FUZZ_VERSION=0.13.2

if ! rustup toolchain list | grep -q '^nightly'; then
    rustup toolchain install nightly --profile minimal
fi
if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi
if [ "${1:-}" = "--tools" ]; then
    exit 0
fi

learnt_root=fuzz/target/corpus
if [ "${1:-}" = "--smoke" ]; then
    learnt_root=fuzz/target/smoke
    rm -rf "$learnt_root"
    shift
fi
seconds=${1:?usage: scripts/fuzz.sh [--smoke] SECONDS [TARGET…]}
shift
if [ $# -eq 0 ]; then
    mapfile -t targets < <(cargo +nightly fuzz list)
else
    targets=("$@")
fi

cargo +nightly fuzz build
summary=()
for t in "${targets[@]}"; do
    learnt="$learnt_root/$t"
    mkdir -p "$learnt"
    log="fuzz/target/$t.log"
    echo "fuzz $t: ${seconds} s…"
    if ! cargo +nightly fuzz run "$t" "$learnt" "fuzz/corpus/$t" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 2> "$log"; then
        tail -n 60 "$log"
        echo "fuzz $t: FAILED (input saved under fuzz/artifacts/$t/; log $log)"
        exit 1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    time=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log")
    summary+=("fuzz $t: ${runs:-?} executions in ${time:-?} s, 0 findings")
done
printf '%s\n' "${summary[@]}"
