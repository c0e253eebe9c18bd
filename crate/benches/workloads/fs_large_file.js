// fs: one 64 MiB writeFileSync, then readFileSync of it.
// hosts: node nodeboa chromium
// bytes: 67108864
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = process.argv[2] || fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-bench-'));
const p = path.join(dir, 'large.bin');
const data = Buffer.alloc(64 * 1024 * 1024);
data.write('nodeboa', 12345);
const t0 = performance.now();
fs.writeFileSync(p, data);
const back = fs.readFileSync(p);
const ms = performance.now() - t0;
if (back.length !== data.length || back.toString('latin1', 12345, 12352) !== 'nodeboa') throw new Error(`length ${back.length}`);
fs.unlinkSync(p);
console.log(`BENCH fs_large_file ${ms}`);
