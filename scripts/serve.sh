#!/usr/bin/env bash
# Build the browser package and serve the playground (index.html) on http://localhost:${PORT:-8080}/
# with .wasm as application/wasm and no COOP/COEP headers. Usage: scripts/serve.sh [--dev]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build-wasm.sh "$@"
echo "playground: http://localhost:${PORT:-8080}/"
exec node tests/browser/server.mjs "${PORT:-8080}"
