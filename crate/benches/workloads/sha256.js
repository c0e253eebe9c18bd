// crypto: sha256 of 64 MB, fed as 1 MB updates to one hash (throughput in MB/s).
// hosts: node nodeboa chromium
// bytes: 67108864
// quick
const crypto = require('crypto');
const block = Buffer.alloc(1024 * 1024, 0x61);
const t0 = performance.now();
const h = crypto.createHash('sha256');
for (let i = 0; i < 64; i++) h.update(block);
const digest = h.digest('hex');
const ms = performance.now() - t0;
console.log(digest);
console.log(`BENCH sha256 ${ms}`);
