#!/usr/bin/env bash
# Runs every test of nodeboa, installing what it needs first:
#   formatting and lints, unit tests, the differential suites (node vs nodeboa), the wasm32
#   build, and the browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup.sh

step() { printf '\n== %s ==\n' "$*"; }

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy"
cargo clippy --all-targets -- -D warnings

step "unit and differential tests"
cargo test

step "wasm32 build"
cargo build --lib --target wasm32-unknown-unknown

if [ -x scripts/test-browser.sh ]; then
  step "browser tests"
  ./scripts/test-browser.sh
fi
