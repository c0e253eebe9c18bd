// fs: 1 000 concurrent fs.promises.readFile of 4 KB files (Promise.all), setup excluded.
// hosts: node nodeboa chromium
// ops: 1000
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = process.argv[2] || fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-bench-'));
const root = fs.mkdtempSync(path.join(dir, 'promises-'));
const files = [];
for (let i = 0; i < 1000; i++) {
  files.push(path.join(root, `p${i}`));
  fs.writeFileSync(files[i], Buffer.alloc(4096, i & 255));
}
const t0 = performance.now();
Promise.all(files.map((f) => fs.promises.readFile(f))).then((bufs) => {
  const ms = performance.now() - t0;
  const total = bufs.reduce((s, b) => s + b.length, 0);
  if (total !== 4096 * 1000) throw new Error(`total ${total}`);
  fs.rmSync(root, { recursive: true, force: true });
  console.log(`BENCH fs_promises_read ${ms}`);
});
