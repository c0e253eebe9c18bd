#!/usr/bin/env bash
# Runs every test of nodeboa, installing what it needs first:
#   formatting and lints, unit tests, the differential suites (node vs nodeboa), the real npm
#   packages test, bounded fuzzing of the VFS (cargo-fuzz, libFuzzer; a dev build), and the
#   browser tests in headless Chromium (which build the wasm package).
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step's wall time is printed when the next one starts (and all of them at the end), so a
# CI log shows where a run's time went.
started=$SECONDS; last=$SECONDS; current=""; times=()
step() {
  [ -n "$current" ] && times+=("$(printf '%5d s  %s' $((SECONDS - last)) "$current")")
  current="$*"; last=$SECONDS
  printf '\n== %s ==\n' "$*"
}
report() {
  times+=("$(printf '%5d s  %s' $((SECONDS - last)) "$current")")
  printf '\n== step times ==\n'; printf '%s\n' "${times[@]}"
  printf '%5d s  in all\n' $((SECONDS - started))
}
trap 'report' EXIT

step "set-up"
./scripts/setup.sh

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy"
cargo clippy --all-targets -- -D warnings

step "unit and differential tests"
cargo test

# NOTE: a cold run makes an instrumented dev build of the VFS (the crate without its engine
# feature; its own target dir, crate/fuzz/target; ≈2 min) before the 2 x 20 s of fuzzing.
step "fuzzing the VFS (20 s per target)"
./scripts/fuzz.sh --time 20

# The browser tests build the wasm package themselves (which is also the wasm32 build check).
# NOTE: they use the dev profile, which builds in a fraction of the release build's time and
# runs the same code; `scripts/serve.sh` builds the release package that ships.
step "browser tests (headless Chromium)"
./scripts/test-browser.sh --dev
