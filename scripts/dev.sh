#!/usr/bin/env bash
# The development loop: serves the portal at http://127.0.0.1:3000 on SQLite (data/) from a debug build, and
# rebuilds, restarts and reloads the open pages whenever code, styles, guides or messages change.
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
say "Serving Waymark with live reload at http://127.0.0.1:3000 (press Ctrl+C to stop)"
exec cargo leptos watch
