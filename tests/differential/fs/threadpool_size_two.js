// env: UV_THREADPOOL_SIZE=2
// With two pool threads, a short fs.stat finishes on the second thread while a long pbkdf2
// still occupies the first.
const crypto = require('crypto');
const fs = require('fs');
const order = [];
crypto.pbkdf2('pw', 'salt', 50000, 32, 'sha256', () => order.push('pbkdf2'));
fs.stat('/tmp', () => order.push('stat'));
process.on('exit', () => console.log(order.join(' ')));
