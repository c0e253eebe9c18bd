#!/usr/bin/env bash
# nodeboa's benchmarks in headless Chromium: builds the RELEASE npm package (into
# target/bench/pkg, so the pkg/ of the tests and the playground is left alone), then runs
# tests/browser/bench.mjs, which writes target/bench/chromium.json (see the benchmark contract in
# crate/benches/report). Called by scripts/bench.sh. Timings are reported, never asserted.
# Usage: scripts/bench-browser.sh [--quick] [--no-build] [bench.mjs options...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=1; args=()
for a in "$@"; do
  if [ "$a" = --no-build ]; then build=0; else args+=("$a"); fi
done
if [ ! -x /usr/bin/chromium ]; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi
if [ ! -d tests/browser/node_modules/playwright-core ]; then
  (cd tests/browser && { [ -f package-lock.json ] && npm ci --no-audit --no-fund || npm install --no-audit --no-fund; })
fi
# The lodash fixture of the module workloads (as scripts/bench.sh and `cargo test --test packages`).
if [ ! -d tests/packages/node_modules/lodash ]; then
  (cd tests/packages && npm ci --no-audit --no-fund --ignore-scripts)
fi
[ "$build" = 1 ] && scripts/build-wasm.sh --out target/bench/pkg
exec node tests/browser/bench.mjs --pkg /target/bench/pkg/ "${args[@]}"
