// Builds the Vite test app (tests/browser/vite-app) against the npm package in pkg/ (made by
// scripts/build-wasm.sh), with Vite from tests/browser/node_modules. Returns the dist directory.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export async function buildViteApp(root) {
  const outDir = path.join(HERE, 'dist');
  await build({
    root: HERE,
    base: './',
    logLevel: 'warn',
    configFile: false,
    // `import 'nodeboa'` resolves to the built package, as if installed from npm.
    resolve: { alias: { nodeboa: path.join(root, 'pkg') } },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}
