#!/usr/bin/env bash
# The conformance report: raw pass rates per differential suite on the native CLI and in headless
# Chromium, plus the real-npm-package scripts on the CLI. Known failures count as failures (the
# CLI suites run with --include-ignored). Writes target/conformance/report.json (and report.md).
# Usage: scripts/conformance.sh [--no-browser] [--dev | --no-build] [suite ...]
#   --no-browser  CLI only;  --dev  a dev build of the wasm package (faster to build, slower to run);
#   --no-build    use the package already in pkg/.  NODEBOA_BIN=path checks another CLI binary.
set -uo pipefail
cd "$(dirname "$0")/.."
browser=1; build=(); wasm=1
args=()
for a in "$@"; do
  case "$a" in
    --no-browser) browser=0 ;;
    --dev) build=(--dev) ;;
    --no-build) wasm=0 ;;
    *) args+=("$a") ;;
  esac
done
out=target/conformance
mkdir -p "$out"
filter=()
if [ ${#args[@]} -eq 1 ]; then filter=("${args[0]}/"); fi

# 1. The CLI: every differential case (known failures included) and the npm-package scripts.
[ -n "${NODEBOA_BIN:-}" ] || cargo build --bin nodeboa || exit 1
cargo test --test differential -- --include-ignored "${filter[@]}" >"$out/cli-differential.log" 2>&1
logs=(--cli-log "$out/cli-differential.log")
if [ ${#args[@]} -eq 0 ]; then
  cargo test --test packages -- --include-ignored >"$out/cli-packages.log" 2>&1
  logs+=(--cli-log "$out/cli-packages.log")
fi

# 2. Chromium: the npm package, built as it ships (or --dev), in the test harness page.
if [ "$browser" = 1 ]; then
  if [ ! -x /usr/bin/chromium ]; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  fi
  if [ ! -d tests/browser/node_modules/playwright-core ]; then
    (cd tests/browser && { [ -f package-lock.json ] && npm ci --no-audit --no-fund || npm install --no-audit --no-fund; })
  fi
  if [ "$wasm" = 1 ]; then scripts/build-wasm.sh "${build[@]}" || exit 1; fi
  exec node tests/browser/conformance.mjs "${logs[@]}" "${args[@]}"
fi
exec node tests/browser/conformance.mjs --no-browser "${logs[@]}" "${args[@]}"
