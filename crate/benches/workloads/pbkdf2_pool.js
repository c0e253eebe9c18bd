// crypto on the thread pool: 8 concurrent crypto.pbkdf2 jobs (sha256, 100 000 iterations each).
// The runner repeats it with UV_THREADPOOL_SIZE=1..4; the ratio of the times is the pool speedup.
// hosts: node nodeboa chromium
// sweep: UV_THREADPOOL_SIZE=1,2,3,4
const crypto = require('crypto');
const JOBS = 8;
let done = 0;
const t0 = performance.now();
for (let i = 0; i < JOBS; i++) {
  crypto.pbkdf2('password', `salt${i}`, 100000, 32, 'sha256', (err, key) => {
    if (err) throw err;
    if (key.length !== 32) throw new Error('key');
    if (++done === JOBS) console.log(`BENCH pbkdf2_pool ${performance.now() - t0}`);
  });
}
