// fs: readdirSync of a directory of 10 000 entries, then statSync of every entry.
// hosts: node nodeboa chromium
// ops: 10000
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = process.argv[2] || fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-bench-'));
const root = fs.mkdtempSync(path.join(dir, 'readdir-'));
for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(root, `e${i}`), '');
const t0 = performance.now();
const names = fs.readdirSync(root);
let files = 0;
for (const name of names) if (fs.statSync(path.join(root, name)).isFile()) files++;
const ms = performance.now() - t0;
if (names.length !== 10000 || files !== 10000) throw new Error(`${names.length} ${files}`);
fs.rmSync(root, { recursive: true, force: true });
console.log(`BENCH fs_readdir_stat ${ms}`);
