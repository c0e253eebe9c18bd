#!/usr/bin/env bash
# Installs what building and testing nodeboa needs on a fresh machine (idempotent, quiet when
# everything is present): rustfmt, clippy and the wasm32 target; node for the differential
# tests. The browser toolchain (wasm-bindgen-cli, Chromium, npm packages) is installed by
# scripts/build-wasm.sh and scripts/test-browser.sh, and cargo-fuzz (pinned) by scripts/fuzz.sh.
set -euo pipefail

rustup component add rustfmt clippy >/dev/null 2>&1 || true
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
if ! command -v node >/dev/null 2>&1; then
  echo "setup: node (v20) is required for the differential tests" >&2
  exit 1
fi
