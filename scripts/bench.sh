#!/usr/bin/env bash
# The benchmark report: every workload of crate/benches/workloads/ on node, the nodeboa CLI
# (release build), bare Boa (the same boa_engine with no runtime) and nodeboa in headless
# Chromium (scripts/bench-browser.sh, when present). Prints medians and ratios, writes
# target/bench/{native,chromium,report}.json, report.md and report.svg.
# Usage: scripts/bench.sh [--quick] [--no-browser] [--runs N] [--only a,b]
#        scripts/bench.sh --callgrind WORKLOAD   instruction counts (valgrind), nodeboa vs bare Boa
# Timings are reported, never asserted. A full run takes about 10 minutes once built.
set -euo pipefail
cd "$(dirname "$0")/.."
browser=1; callgrind=""; args=(); browser_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-browser) browser=0 ;;
    --callgrind) callgrind="${2:?--callgrind needs a workload name}"; shift ;;
    --quick) args+=(--quick); browser_args+=(--quick) ;;
    *) args+=("$1") ;;
  esac
  shift
done

# The lodash fixture of the module workloads (tests/packages, as `cargo test --test packages`).
if [ ! -d tests/packages/node_modules/lodash ]; then
  (cd tests/packages && npm ci --no-audit --no-fund --ignore-scripts)
fi

# The release CLI and the report binary (bare Boa is embedded in it): one `cargo bench` build.
cargo bench --bench report --no-run

if [ -n "$callgrind" ]; then
  command -v valgrind >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y valgrind; }
  exec cargo bench --bench report -- --callgrind "$callgrind"
fi

# Chromium first, so its figures are merged into the one report printed at the end.
if [ "$browser" = 1 ]; then
  if [ -x scripts/bench-browser.sh ]; then
    scripts/bench-browser.sh "${browser_args[@]}" || echo "bench.sh: scripts/bench-browser.sh failed; the report uses any earlier target/bench/chromium.json" >&2
  else
    echo "bench.sh: no scripts/bench-browser.sh; the report has no Chromium column unless target/bench/chromium.json exists" >&2
  fi
fi
cargo bench --bench report -- "${args[@]}"
