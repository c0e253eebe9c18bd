#!/usr/bin/env bash
# Run nodeboa's browser tests in headless Chromium, installing what they need: Chromium, the npm
# packages of tests/browser and the wasm toolchain (via build-wasm.sh). Every differential suite
# runs in the page against node unless suites are named. Usage: scripts/test-browser.sh [--dev] [suite ...]
# (--dev: the fast unoptimized wasm build; the tests then use fewer pbkdf2 iterations.)
set -euo pipefail
cd "$(dirname "$0")/.."
build=()
if [ "${1:-}" = "--dev" ]; then build=(--dev); shift; export NODEBOA_WASM_PROFILE=dev; fi
if [ ! -x /usr/bin/chromium ]; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi
(cd tests/browser && { [ -f package-lock.json ] && npm ci --no-audit --no-fund || npm install --no-audit --no-fund; })
scripts/build-wasm.sh "${build[@]}"
node tests/browser/run.mjs "$@"
