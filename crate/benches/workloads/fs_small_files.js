// fs: 10 000 small files (4 KB each): writeFileSync, readFileSync and statSync of each.
// The directory is argv[2] (the runner passes a fresh one on tmpfs) or a new one in os.tmpdir().
// hosts: node nodeboa chromium
// ops: 10000
// quick
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = process.argv[2] || fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-bench-'));
const root = fs.mkdtempSync(path.join(dir, 'small-'));
const data = Buffer.alloc(4096, 'x');
let total = 0;
const t0 = performance.now();
for (let i = 0; i < 10000; i++) {
  const p = path.join(root, `f${i}.txt`);
  fs.writeFileSync(p, data);
  total += fs.readFileSync(p).length + fs.statSync(p).size;
}
const ms = performance.now() - t0;
if (total !== 2 * 4096 * 10000) throw new Error(`total ${total}`);
fs.rmSync(root, { recursive: true, force: true });
console.log(`BENCH fs_small_files ${ms}`);
