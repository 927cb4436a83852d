#!/usr/bin/env bash
# Removes what builds and tests leave behind: the build cache (CARGO_TARGET_DIR, outside the clone), the built
# site in target/, and the end-to-end tests' data and results. The installed tools are kept.
source "$(dirname "$0")/env.sh"
say "Removing $CARGO_TARGET_DIR, target/ and the end-to-end leftovers"
rm -rf "$CARGO_TARGET_DIR" "$ROOT/target" "$ROOT/end2end/.data" "$ROOT/end2end/test-results"
