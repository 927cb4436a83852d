#!/usr/bin/env bash
# Builds the release: the server binary and the site (CSS, JavaScript and WebAssembly, hashed and
# precompressed with brotli and gzip) in target/site.
source "$(dirname "$0")/env.sh"
cd "$ROOT"
say "Building the release"
cargo leptos build --release --precompress
