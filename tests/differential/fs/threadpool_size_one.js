// env: UV_THREADPOOL_SIZE=1
// With one pool thread, work completes in submission order: a long pbkdf2 submitted first
// holds back an fs.stat submitted after it, and fs callbacks come back in the order issued.
const crypto = require('crypto');
const fs = require('fs');
const order = [];
crypto.pbkdf2('pw', 'salt', 50000, 32, 'sha256', () => order.push('pbkdf2'));
fs.stat('/tmp', () => order.push('stat'));
for (let i = 0; i < 6; i++) fs.access('/tmp', () => order.push(`access${i}`));
process.on('exit', () => console.log(order.join(' ')));
