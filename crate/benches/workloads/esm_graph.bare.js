// Engine floor for esm_graph.js: the same generated graph of 100 ES modules (plus the 10 middle
// modules and the entry), loaded, linked and evaluated by bare Boa's own SimpleModuleLoader
// (no Node resolution, no package.json lookups), timed the same way.
const root = tmpDir();
let entry = '';
const sum = [];
for (let i = 0; i < 10; i++) {
  let mid = '';
  const parts = [];
  for (let j = 0; j < 10; j++) {
    const body = `export const value = ${i * 10 + j};\nexport function f(x) { return x + value; }\n`;
    writeFile(`${root}/leaf_${i}_${j}.mjs`, body + `// ${'filler '.repeat(40)}\n`);
    mid += `import { f as f${j} } from './leaf_${i}_${j}.mjs';\n`;
    parts.push(`f${j}(0)`);
  }
  mid += `export const value = ${parts.join(' + ')};\n`;
  writeFile(`${root}/mid_${i}.mjs`, mid);
  entry += `import { value as v${i} } from './mid_${i}.mjs';\n`;
  sum.push(`v${i}`);
}
entry += `export const total = ${sum.join(' + ')};\n`;
writeFile(`${root}/entry.mjs`, entry);
const t0 = performance.now();
const m = importModule(`${root}/entry.mjs`);
const ms = performance.now() - t0;
if (m.total !== 4950) throw new Error(`total ${m.total}`);
console.log(`modules ${1 + 10 + 100}`);
console.log(`BENCH esm_graph ${ms}`);
