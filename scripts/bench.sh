#!/usr/bin/env bash
# Performance baseline (not part of the test command): builds the release, starts the server on a scratch
# SQLite database and prints
#   - the compressed bytes of the home page's first view (HTML + CSS + JS + WASM, as served to a browser that
#     accepts brotli), against the 150 KB budget;
#   - requests per second and p50/p99 latency for the home page and, in the same run, for a static file of the
#     same size served by the same server, with their ratio;
#   - the server's peak resident memory.
# Settings: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 32), BENCH_PORT (default 3200).
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh"
if ! command -v wrk >/dev/null; then
  say "Installing wrk (HTTP load generator)"
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq wrk; else sudo apt-get install -y -qq wrk; fi
fi
"$ROOT/scripts/build.sh"
cd "$ROOT"

seconds="${BENCH_SECONDS:-10}"
connections="${BENCH_CONNECTIONS:-32}"
port="${BENCH_PORT:-3200}"
base="http://127.0.0.1:$port"
scratch="$(mktemp -d)"
site="$scratch/site"
cp -r target/site "$site"
trap 'kill "$server" 2>/dev/null; rm -rf "$scratch"' EXIT

DATABASE_URL="sqlite://$scratch/data/waymark.db" WAYMARK_DATA_DIR="$scratch/data" LEPTOS_SITE_ADDR="127.0.0.1:$port" \
  LEPTOS_SITE_ROOT="$site" LEPTOS_ENV=PROD RUST_LOG=warn "$CARGO_TARGET_DIR/release/waymark" serve &
server=$!
for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.1; done

accept='Accept-Encoding: br, gzip'
bytes() { curl -fs -o /dev/null -H "$accept" -w '%{size_download}' "$1"; }

say "First view of the home page (compressed, as served)"
html="$(curl -fs "$base/")"
css="$(grep -o 'rel="stylesheet" href="[^"]*"' <<<"$html" | head -1 | sed 's/.*href="//; s/"$//')"
[[ -n "$css" ]] || css="$(grep -o '<link[^>]*stylesheet[^>]*>' <<<"$html" | grep -o 'href="[^"]*"' | head -1 | sed 's/href="//; s/"$//')"
js="$(grep -o '<link rel="modulepreload" href="[^"]*"' <<<"$html" | head -1 | sed 's/.*href="//; s/"$//')"
wasm="$(grep -o 'href="[^"]*\.wasm"' <<<"$html" | head -1 | sed 's/href="//; s/"$//')"
total=0
printf '  %-44s %10s\n' "resource" "bytes"
for url in / "$css" "$js" "$wasm"; do
  [[ -n "$url" ]] || continue
  n="$(bytes "$base$url")"
  total=$((total + n))
  printf '  %-44s %10d\n' "$url" "$n"
done
printf '  %-44s %10d  (%d KB; budget 150 KB: %s)\n' "total" "$total" $((total / 1024)) \
  "$([[ $total -le 153600 ]] && echo within || echo OVER)"

# A static file with exactly the home page's bytes, served by the same server the way it serves every static
# file: from pkg/, with precompressed variants.
printf '%s' "$html" >"$site/pkg/bench-static.html"
gzip -9 -k "$site/pkg/bench-static.html"
if command -v brotli >/dev/null; then brotli -k -q 11 "$site/pkg/bench-static.html"; fi

load() {
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "$accept" "$1" 2>/dev/null |
    awk '/Requests\/sec/ { rps = $2 } / 50%/ { p50 = $2 } / 99%/ { p99 = $2 } END { print rps, p50, p99 }'
}
say "Load: $connections connections for ${seconds}s each"
read -r page_rps page_p50 page_p99 < <(load "$base/")
read -r file_rps file_p50 file_p99 < <(load "$base/pkg/bench-static.html")
printf '  %-28s %12s %10s %10s\n' "target" "requests/s" "p50" "p99"
printf '  %-28s %12s %10s %10s\n' "home page (rendered)" "$page_rps" "$page_p50" "$page_p99"
printf '  %-28s %12s %10s %10s\n' "static file, same size" "$file_rps" "$file_p50" "$file_p99"
awk -v a="$file_rps" -v b="$page_rps" 'BEGIN { if (b > 0) printf "  static file / rendered page throughput: %.2f\n", a / b }'

peak_kb="$(awk '/VmHWM/ { print $2 }' "/proc/$server/status")"
say "Server memory"
printf '  peak resident memory: %d MB\n' $((peak_kb / 1024))
