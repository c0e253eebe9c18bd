#!/usr/bin/env bash
# Build nodeboa for the browser: the crate for wasm32, wasm-bindgen (--target web), optionally
# wasm-opt from npm binaryen, and the npm package in pkg/ (glue, .wasm, index.js, worker.js,
# types, package.json, README, LICENSE). The release settings (opt-level, LTO, wasm-opt flags) come
# from wasm-pack.toml; see README "Wasm build profile" for why.
# Usage: scripts/build-wasm.sh [--dev] [--out DIR] [--opt-level 3|s|z] [--lto fat|thin]
#                              [--wasm-opt "FLAGS"|false]
#   --out, --opt-level, --lto and --wasm-opt override wasm-pack.toml (build-profile comparisons).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
setting() { sed -n "s/^$1 *= *\"\\(.*\\)\"/\\1/p" wasm-pack.toml; }
profile=$(setting profile)
out=$(setting out_dir); name=$(setting out_name); opt=$(setting wasm_opt); level=$(setting opt_level)
lto=$(setting lto); units=$(setting codegen_units)
while [ $# -gt 0 ]; do
  case "$1" in
    --dev) profile=dev ;;
    --out) out=$2; shift ;;
    --opt-level) level=$2; shift ;;
    --wasm-opt) opt=$2; shift ;;
    --lto) lto=$2; shift ;;
    *) echo "build-wasm.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
level=${level:-3}; lto=${lto:-thin}
# The wasm opt-level applies to this build only (the native CLI keeps Cargo.toml's release
# profile); each level gets its own target dir so switching never rebuilds from scratch, and a
# release build never waits on the lock of a dev build in target/wasm.
if [ "$profile" = release ]; then
  export CARGO_PROFILE_RELEASE_OPT_LEVEL="$level" CARGO_PROFILE_RELEASE_LTO="$lto"
  [ -n "$units" ] && [ "$lto" = fat ] && export CARGO_PROFILE_RELEASE_CODEGEN_UNITS="$units"
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target/wasm-release-o$level-$lto}"
else
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target/wasm}"
  # The dev package is what the browser tests run: our crate at opt-level 1 (its dependencies are
  # at 2, Cargo.toml) halves the runtime's creation in a page (≈230 → ≈110 ms per runtime, and the
  # suites create one per case) for a few more seconds of compiling.
  export CARGO_PROFILE_DEV_OPT_LEVEL="${CARGO_PROFILE_DEV_OPT_LEVEL:-1}"
fi

rustup target list --installed | grep -q wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
want=$(sed -n '/^name = "wasm-bindgen"$/{n;s/version = "\(.*\)"/\1/p}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
  cargo install wasm-bindgen-cli --version "$want"   # not --locked: see boa-and-browser-facts
fi

# Dependencies patched for the browser build (crate/patches/README.md): each crate/patches/<name>-<version>/
# is laid over a copy of that crate's crates.io source in target/patches/, and cargo builds it in
# the crate's place. NOTE: cargo records a [patch] in Cargo.lock, so the lock is put back as it
# was afterwards: the native build keeps the crates from crates.io.
patch_config=()
for overlay in crate/patches/*/; do
  overlay=${overlay%/}; crate=$(basename "$overlay")
  copy="$root/target/patches/$crate"
  if [ ! -d "$copy" ]; then
    cargo fetch --target wasm32-unknown-unknown -q
    source=$(cargo metadata --format-version 1 --filter-platform wasm32-unknown-unknown |
      node -e 'let s="";process.stdin.on("data",(d)=>s+=d).on("end",()=>{const p=JSON.parse(s).packages.find((p)=>`${p.name}-${p.version}`===process.argv[1]&&p.source);if(!p)process.exit(1);console.log(require("path").dirname(p.manifest_path))})' "$crate") ||
      { echo "build-wasm.sh: $crate (crate/patches/) is not in Cargo.lock" >&2; exit 1; }
    mkdir -p "$root/target/patches"; cp -R "$source" "$copy.tmp"; mv "$copy.tmp" "$copy"
  fi
  (cd "$overlay" && find . -type f) | while read -r file; do
    cmp -s "$overlay/$file" "$copy/$file" || cp "$overlay/$file" "$copy/$file"
  done
  patch_config+=(--config "patch.crates-io.${crate%-*}.path=\"$copy\"")
done
if [ ${#patch_config[@]} -gt 0 ]; then
  lock_backup=$(mktemp); cp Cargo.lock "$lock_backup"
  trap 'cp "$lock_backup" Cargo.lock; rm -f "$lock_backup"' EXIT
fi

flags=(); [ "$profile" = release ] && flags=(--release)
cargo build --lib --target wasm32-unknown-unknown -p nodeboa "${flags[@]}" "${patch_config[@]}"
dir=debug; [ "$profile" = release ] && dir=release
rm -rf "$out"; mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" --out-name "$name" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/$dir/nodeboa.wasm"
node scripts/glue-factory.mjs "$out" "$name"

if [ "$profile" = release ] && [ "$opt" != false ]; then
  bin="$root/tests/browser/node_modules/.bin/wasm-opt"
  if [ ! -x "$bin" ]; then (cd tests/browser && npm install --no-audit --no-fund >/dev/null); fi
  read -ra opt_flags <<< "$opt"
  "$bin" "${opt_flags[@]}" "$out/${name}_bg.wasm" -o "$out/${name}_bg.wasm.opt" && mv "$out/${name}_bg.wasm.opt" "$out/${name}_bg.wasm"
fi

node scripts/wasm-build-id.mjs "$out/${name}_bg.wasm"

cp www/lib/index.js www/lib/snapshot.js www/lib/worker.js www/lib/index.d.ts "$out/"
cp www/lib/README.md "$out/README.md"
[ -f LICENSE ] && cp LICENSE "$out/" || printf 'MIT License\n\nCopyright (c) nodeboa contributors\n' > "$out/LICENSE"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
cat > "$out/package.json" <<JSON
{
  "name": "nodeboa",
  "version": "$version",
  "description": "A Node.js-compatible runtime on the Boa engine, in the browser",
  "license": "MIT",
  "type": "module",
  "main": "index.js",
  "module": "index.js",
  "types": "index.d.ts",
  "files": ["index.js", "snapshot.js", "index.d.ts", "worker.js", "${name}.js", "${name}.d.ts", "${name}_bg.wasm", "${name}_bg.wasm.d.ts", "README.md", "LICENSE"],
  "sideEffects": false
}
JSON
ls -la "$out"
