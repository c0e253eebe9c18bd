#!/usr/bin/env bash
# Runs every test of nodeboa, installing what it needs first:
#   formatting and lints, unit tests, the differential suites (node vs nodeboa), the real npm
#   packages test, bounded fuzzing of the VFS (cargo-fuzz, libFuzzer; a dev build), and the
#   browser tests in headless Chromium (which build the wasm package).
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

# NOTE: a cold run builds cargo-fuzz and an instrumented dev build of the crate (its own target
# dir, crate/fuzz/target; ≈6 min) before the 2 x 45 s of fuzzing.
step "fuzzing the VFS (45 s per target)"
./scripts/fuzz.sh --time 45

# The browser tests build the wasm package themselves (which is also the wasm32 build check).
# NOTE: they use the dev profile, which builds in a fraction of the release build's time and
# runs the same code; `scripts/serve.sh` builds the release package that ships.
step "browser tests (headless Chromium)"
./scripts/test-browser.sh --dev
