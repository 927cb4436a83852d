#!/usr/bin/env bash
# Installs what is missing, builds the release and serves the portal at http://127.0.0.1:3000 on the embedded
# SQLite database in data/ (created, with migrations applied, on first run).
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh"
cd "$ROOT"
export LEPTOS_SITE_ROOT="${LEPTOS_SITE_ROOT:-target/site}"
export LEPTOS_SITE_ADDR="${LEPTOS_SITE_ADDR:-127.0.0.1:3000}"
export LEPTOS_ENV="${LEPTOS_ENV:-PROD}"
say "Serving Waymark at http://$LEPTOS_SITE_ADDR (press Ctrl+C to stop)"
exec "$CARGO_TARGET_DIR/release/waymark" serve
