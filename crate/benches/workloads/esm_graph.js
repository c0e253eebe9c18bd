// Modules: import() of a generated graph of 100 ES modules (a 10 × 10 tree: the entry imports
// 10 modules, each imports 10 leaves; every module exports a function and a constant), timed
// from the import() call to its settlement, in a fresh process. Only the cold case: a module
// map cannot be cleared, so there is no warm ESM figure.
// hosts: node nodeboa chromium bare
// quick
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = process.argv[2] || fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-bench-'));
const root = fs.mkdtempSync(path.join(dir, 'esm-'));
let entry = '';
let sum = [];
for (let i = 0; i < 10; i++) {
  let mid = '';
  const parts = [];
  for (let j = 0; j < 10; j++) {
    const body = `export const value = ${i * 10 + j};\nexport function f(x) { return x + value; }\n`;
    fs.writeFileSync(path.join(root, `leaf_${i}_${j}.mjs`), body.repeat(1) + `// ${'filler '.repeat(40)}\n`);
    mid += `import { f as f${j} } from './leaf_${i}_${j}.mjs';\n`;
    parts.push(`f${j}(0)`);
  }
  mid += `export const value = ${parts.join(' + ')};\n`;
  fs.writeFileSync(path.join(root, `mid_${i}.mjs`), mid);
  entry += `import { value as v${i} } from './mid_${i}.mjs';\n`;
  sum.push(`v${i}`);
}
entry += `export const total = ${sum.join(' + ')};\n`;
fs.writeFileSync(path.join(root, 'entry.mjs'), entry);
const t0 = performance.now();
import(path.join(root, 'entry.mjs')).then((m) => {
  const ms = performance.now() - t0;
  if (m.total !== 4950) throw new Error(`total ${m.total}`);
  console.log(`modules ${1 + 10 + 100}`);
  console.log(`BENCH esm_graph ${ms}`);
});
