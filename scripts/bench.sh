#!/usr/bin/env bash
# Performance figures (not part of the test command): builds the release and the load tool
# (server/bench), starts the server on a scratch SQLite database and prints
#   - the bytes of the first view of the home page, a guide page and a guide step with an island (HTML and
#     CSS, compressed as served to a browser that accepts brotli), against 50 KB, and the bundle (JavaScript and
#     WebAssembly) that a page with an island fetches when a reader first uses it;
#   - requests per second and p50/p99 latency of an anonymous guide page (served from memory), the same page
#     drawn for every request (as for a visitor with a cookie), and a static file of the same bytes served by
#     the same server, with the ratio of the anonymous page's rate to the file's (goal: at least 0.8);
#   - the guide page's p50/p99 at 70 % of its maximum rate (goal: p99 at most 25 ms);
#   - sign-in: a wrong password for a name with an account and for one without (time, median and spread),
#     and an owner's sign-in (password and authenticator code) while 16 connections flood registration and 16
#     flood wrong sign-ins (goal: within 3 s), with the guide page's latency meanwhile;
#   - the server's resident memory: idle at start, peak under all of the above (goal: at most 100 MiB), and
#     idle again afterwards (goal: under 50 MiB).
# Settings: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 32), BENCH_PORT (default 3200).
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh"
if ! command -v wrk >/dev/null; then
  say "Installing wrk (HTTP load generator)"
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq wrk; else sudo apt-get install -y -qq wrk; fi
fi
"$ROOT/scripts/build.sh"
cd "$ROOT"
say "Building the load tool"
cargo build --quiet --release --locked -p waymark-bench
tool="$CARGO_TARGET_DIR/release/waymark-bench"

seconds="${BENCH_SECONDS:-10}"
connections="${BENCH_CONNECTIONS:-32}"
port="${BENCH_PORT:-3200}"
base="http://127.0.0.1:$port"
scratch="$(mktemp -d)"
site="$scratch/site"
cp -r target/site "$site"
trap 'kill "$server" 2>/dev/null; rm -rf "$scratch"' EXIT

# Loopback is trusted as a proxy so that the sign-in figures can come from many client addresses.
DATABASE_URL="sqlite://$scratch/data/waymark.db" WAYMARK_DATA_DIR="$scratch/data" LEPTOS_SITE_ADDR="127.0.0.1:$port" \
  LEPTOS_SITE_ROOT="$site" LEPTOS_ENV=PROD RUST_LOG=warn WAYMARK_TRUSTED_PROXIES=127.0.0.1 \
  "$CARGO_TARGET_DIR/release/waymark" serve &
server=$!
for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.1; done
mib() { awk -v k="$1" '$1 == k":" { printf "%.1f", $2 / 1024 }' "/proc/$server/status"; }
idle_at_start="$(mib VmRSS)"

accept='Accept-Encoding: br, gzip'
bytes() { curl -fs -o /dev/null -H "$accept" -w '%{size_download}' "$1"; }
# The address in the first tag matching $1 in the HTML $2, or nothing.
attr() { grep -o "$1" <<<"$2" | head -1 | grep -o 'href="[^"]*"' | sed 's/href="//; s/"$//' || true; }

guide="$(curl -fs "$base/guides" | grep -o 'href="/guides/[a-z0-9]*"' | grep -v check-in | head -1 | sed 's/href="//; s/"$//')"
# A guide step with an island (the breathing exercise), found by looking through the first guides' steps.
island=""
for g in $(curl -fs "$base/guides" | grep -o 'href="/guides/[a-z0-9]*"' | grep -v check-in | sed 's/href="//; s/"$//' | head -6); do
  for step in 1 2 3 4 5; do
    if curl -fs "$base$g/$step" | grep -q '<leptos-island'; then island="$g/$step"; break 2; fi
  done
done

say "First view (bytes as served, brotli; goal: at most 50 KB)"
# A page fetches its HTML and CSS; a page with an island also carries the islands' loader, which fetches the
# bundle (JavaScript and WebAssembly) only when a reader first uses an island: shown apart, as "on first use".
printf '  %-22s %8s %8s %8s %8s %8s\n' "page" "HTML" "CSS" "total" "+JS" "+WASM"
for path in / "$guide" ${island:+"$island"}; do
  html="$(curl -fs "$base$path")"
  css="$(attr '<link[^>]*rel="stylesheet"[^>]*>' "$html")"
  js="$(grep -o '"/pkg/[^"]*\.js"' <<<"$html" | head -1 | tr -d '"' || true)"
  wasm="$(grep -o '"/pkg/[^"]*\.wasm"' <<<"$html" | head -1 | tr -d '"' || true)"
  n_html="$(bytes "$base$path")"
  n_css=0; n_js=0; n_wasm=0
  [[ -z "$css" ]] || n_css="$(bytes "$base$css")"
  [[ -z "$js" ]] || n_js="$(bytes "$base$js")"
  [[ -z "$wasm" ]] || n_wasm="$(bytes "$base$wasm")"
  total=$((n_html + n_css))
  label="$path"; [[ "$path" == "$guide" ]] && label="guide ($path)"; [[ "$path" == "$island" ]] && label="island ($path)"
  printf '  %-22s %8d %8d %8d %8d %8d  (%.1f KB: %s; %.1f KB with the bundle on first use)\n' "$label" "$n_html" \
    "$n_css" "$total" "$n_js" "$n_wasm" "$(awk -v t="$total" 'BEGIN { print t / 1024 }')" \
    "$([[ $total -le 51200 ]] && echo within || echo OVER)" "$(awk -v t="$((total + n_js + n_wasm))" 'BEGIN { print t / 1024 }')"
done

# A static file with exactly the guide page's bytes, served the way the server serves every static file: from
# pkg/, with precompressed variants.
curl -fs "$base$guide" >"$site/pkg/bench-static.html"
gzip -9 -k "$site/pkg/bench-static.html"
if command -v brotli >/dev/null; then brotli -k -q 11 "$site/pkg/bench-static.html"; fi

load() {
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "$accept" "${@:2}" "$1" 2>/dev/null |
    awk '/Requests\/sec/ { rps = $2 } / 50%/ { p50 = $2 } / 99%/ { p99 = $2 } END { print rps, p50, p99 }'
}
say "Throughput: $connections connections for ${seconds}s each"
read -r page_rps page_p50 page_p99 < <(load "$base$guide")
read -r drawn_rps drawn_p50 drawn_p99 < <(load "$base$guide" -H 'Cookie: bench=1')
read -r file_rps file_p50 file_p99 < <(load "$base/pkg/bench-static.html")
printf '  %-36s %12s %10s %10s\n' "target" "requests/s" "p50" "p99"
printf '  %-36s %12s %10s %10s\n' "guide page, anonymous (from memory)" "$page_rps" "$page_p50" "$page_p99"
printf '  %-36s %12s %10s %10s\n' "guide page, drawn for each request" "$drawn_rps" "$drawn_p50" "$drawn_p99"
printf '  %-36s %12s %10s %10s\n' "static file, same bytes" "$file_rps" "$file_p50" "$file_p99"
awk -v a="$page_rps" -v b="$file_rps" 'BEGIN { if (b > 0) printf "  anonymous page / static file: %.2f (goal: at least 0.80)\n", a / b }'

rate="$(awk -v r="$page_rps" 'BEGIN { printf "%d", r * 0.7 }')"
read -r achieved p50 p99 < <("$tool" rate "$base$guide" "$rate" "$seconds" "$connections")
printf '  at 70%% of the maximum (%s requests/s asked, %s achieved): p50 %s ms, p99 %s ms (goal: p99 at most 25 ms)\n' \
  "$rate" "$achieved" "$p50" "$p99"

say "Sign-in (each simulated client from its own address)"
"$tool" auth "$base" "$guide"

say "Server memory"
peak="$(mib VmHWM)"
sleep 10
printf '  idle after start: %s MiB; peak under the load above: %s MiB (goal: at most 100); idle 10 s after: %s MiB (goal: under 50)\n' \
  "$idle_at_start" "$peak" "$(mib VmRSS)"
