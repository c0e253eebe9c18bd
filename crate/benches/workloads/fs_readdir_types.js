// fs: readdirSync with withFileTypes of a directory of 10 000 entries, ten times (Dirents).
// hosts: node nodeboa chromium
// ops: 100000
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = process.argv[2] || fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-bench-'));
const root = fs.mkdtempSync(path.join(dir, 'readdir-types-'));
for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(root, `e${i}`), '');
const t0 = performance.now();
let files = 0;
for (let k = 0; k < 10; k++) for (const d of fs.readdirSync(root, { withFileTypes: true })) if (d.isFile()) files++;
const ms = performance.now() - t0;
if (files !== 100000) throw new Error(`${files}`);
fs.rmSync(root, { recursive: true, force: true });
console.log(`BENCH fs_readdir_types ${ms}`);
