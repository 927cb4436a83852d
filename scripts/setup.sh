#!/usr/bin/env bash
# Installs whatever is missing to build Waymark; with --test, also what the tests need (Chromium, Java for the
# HTML checker, and the end-to-end npm packages). Safe to run again: everything already installed is skipped.
source "$(dirname "$0")/env.sh"

with_tests=false
[[ "${1:-}" == "--test" ]] && with_tests=true

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
  say "Installing cargo-leptos $CARGO_LEPTOS_VERSION (this takes about 25 minutes on 2 cores)"
  cargo install cargo-leptos --locked --version "$CARGO_LEPTOS_VERSION" --features no_downloads
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (the version in Cargo.lock)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! command -v npm >/dev/null; then
  say "Installing Node.js and npm"
  as_root apt-get update -qq
  as_root apt-get install -y -qq nodejs npm
fi

if ! [[ -x "$WAYMARK_TOOLS/node_modules/.bin/wasm-opt" ]] \
  || ! grep -q "\"version\": \"$BINARYEN_VERSION" "$WAYMARK_TOOLS/node_modules/binaryen/package.json" 2>/dev/null; then
  say "Installing wasm-opt from the npm package binaryen@$BINARYEN_VERSION"
  mkdir -p "$WAYMARK_TOOLS"
  npm install --prefix "$WAYMARK_TOOLS" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
fi

if $with_tests; then
  if ! command -v chromium >/dev/null; then
    say "Installing Debian's Chromium"
    as_root apt-get update -qq
    as_root apt-get install -y -qq chromium
  fi
  # The W3C Nu HTML checker (npm package vnu-jar) checks every page the end-to-end tests visit; it runs on Java.
  if ! command -v java >/dev/null; then
    say "Installing a Java runtime for the HTML checker"
    as_root apt-get update -qq
    as_root apt-get install -y -qq default-jre-headless
  fi
  # Fonts for Arabic script and Gurmukhi, so that screenshots of those languages show real letters (people's own
  # devices have them; a bare server may not).
  fonts="$(fc-list : family 2>/dev/null || true)"
  if ! grep -qi gurmukhi <<<"$fonts" || ! grep -qi arabic <<<"$fonts"; then
    say "Installing Debian's Noto fonts (Arabic script and Gurmukhi)"
    as_root apt-get update -qq
    as_root apt-get install -y -qq fonts-noto-core
  fi
  if ! [[ -f "$ROOT/end2end/node_modules/.package-lock.json" ]] \
    || [[ "$ROOT/end2end/package-lock.json" -nt "$ROOT/end2end/node_modules/.package-lock.json" ]]; then
    say "Installing the end-to-end test packages (no browser download)"
    (cd "$ROOT/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
  fi
fi
