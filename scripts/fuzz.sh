#!/usr/bin/env bash
# Bounded coverage-guided fuzzing of the VFS: the cargo-fuzz targets of crate/fuzz/
# (path_resolution, fd_operations: never-panic bodies in crate/src/vfs/fuzz_targets.rs) run
# under libFuzzer, each for a fixed time, on the stable toolchain. By default a dev build without
# a sanitizer (≈6 min cold; the crate has no unsafe code, so a panic is what there is to find);
# --thorough: a release build with AddressSanitizer (≈4× the executions per second, but ≈20 min
# cold; RUSTC_BOOTSTRAP=1 lets stable rustc take cargo-fuzz's -Zsanitizer flag). Installs cargo-fuzz
# (pinned) when it is missing. Exits non-zero when a target crashes (a panic, an ASan report, a
# timeout or running out of memory); libFuzzer's log is then printed, and the crashing input is
# left in crate/fuzz/artifacts/<target>/ (`cargo fuzz run <target> <file>` from crate/ replays it).
# Usage: scripts/fuzz.sh [--time SECONDS] [--thorough] [target ...]
#   --time SECONDS  per target (default 60).  The committed seeds in crate/fuzz/seeds/<target>/
#   start each run; what a run learns goes to crate/fuzz/corpus/<target>/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_FUZZ_VERSION=0.13.2
time=60
targets=()
build=(--dev --sanitizer none)
while [ $# -gt 0 ]; do
  case "$1" in
    --time) time="$2"; shift 2 ;;
    --time=*) time="${1#--time=}"; shift ;;
    --thorough) build=(--sanitizer address); shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(path_resolution fd_operations)

if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi
# libfuzzer-sys compiles libFuzzer, which is C++.
if ! command -v c++ >/dev/null 2>&1; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y g++
fi

export RUSTC_BOOTSTRAP=1
cd crate
# One build for every target (the same flags as `run` below, so `run` finds it up to date).
cargo fuzz build "${build[@]}"
mkdir -p fuzz/target/logs
status=0
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t" "fuzz/seeds/$t"
  log="fuzz/target/logs/$t.log"
  # -timeout: an input that runs 20 s is a hang (inputs take well under a millisecond).
  if cargo fuzz run "${build[@]}" "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
      -max_total_time="$time" -timeout=20 -print_final_stats=1 >"$log" 2>&1; then
    runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 runs in \2 s/p' "$log")
    cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -1)
    echo "fuzz: $t: ${runs:-?}, no crash ($cov)"
  else
    status=1
    echo "fuzz: $t: CRASH; libFuzzer's log (crate/$log) from the first report on:" >&2
    # From the panic message (or the sanitizer's or libFuzzer's report), without the progress lines.
    first=$(grep -nE -m1 "panicked at|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)" "$log" | cut -d: -f1)
    tail -n "+${first:-1}" "$log" | grep -vE '^#[0-9]+[[:space:]]' | head -n 150 >&2
    ls -t "fuzz/artifacts/$t"/* 2>/dev/null | head -3 | sed 's/^/fuzz: crashing input: crate\//' >&2
  fi
done
exit $status
