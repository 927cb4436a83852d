# Shared settings for the scripts in this folder; sourced, not run.
#
# Build output goes to a cache outside the clone (CARGO_TARGET_DIR), so a fresh clone (as in CI) reuses earlier
# builds, and still builds from nothing when the cache is empty. The npm-installed wasm-opt is put first on PATH,
# because Debian's binaryen is too old for this compiler's output.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export WAYMARK_CACHE="${WAYMARK_CACHE:-$HOME/.cache/waymark}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$WAYMARK_CACHE/target}"
export WAYMARK_TOOLS="${WAYMARK_TOOLS:-$WAYMARK_CACHE/tools}"
export PATH="$WAYMARK_TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# Versions of the build tools. wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
CARGO_LEPTOS_VERSION="0.3.10"
BINARYEN_VERSION="132"
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"

# Each step's heading says how long the script has been running, so slow steps show in CI's log.
say() { printf '\033[1m==> %s\033[0m (%dm%02ds)\n' "$*" $((SECONDS / 60)) $((SECONDS % 60)); }
