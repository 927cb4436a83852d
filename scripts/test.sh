#!/usr/bin/env bash
# Installs what is missing, then runs every check: formatting, lints (server and browser bundle), unit and
# integration tests (SQLite always; PostgreSQL too when TEST_POSTGRES_URL is set), the release build, and the
# end-to-end tests in Chromium, with and without JavaScript.
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh" --test
# Incremental compilation data only grows the build cache; a test run gains nothing from it.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
cd "$ROOT"

say "Checking formatting"
cargo fmt --all -- --check

say "Linting the server and the pages"
cargo clippy --workspace --all-targets --locked -- -D warnings

say "Linting the browser bundle"
cargo clippy -p app --lib --target wasm32-unknown-unknown --no-default-features --features hydrate --locked -- -D warnings

if [[ -n "${TEST_POSTGRES_URL:-}" ]]; then
  say "Unit and integration tests on SQLite and PostgreSQL"
else
  say "Unit and integration tests on SQLite (set TEST_POSTGRES_URL to include PostgreSQL)"
fi
cargo test --workspace --locked

"$ROOT/scripts/build.sh"

# With the release binary just built, rather than building a debug one only for this.
say "Checking the content bundles"
"$CARGO_TARGET_DIR/release/waymark" content check

say "End-to-end tests in Chromium"
rm -rf "$ROOT/end2end/.data"
export WAYMARK_BIN="$CARGO_TARGET_DIR/release/waymark"
(cd "$ROOT/end2end" && npx playwright test)

say "All checks passed"
