// env: UV_THREADPOOL_SIZE=nonsense
// libuv reads UV_THREADPOOL_SIZE with atoi: text that is not a number means 0, raised to one
// thread, so work completes in submission order.
const crypto = require('crypto');
const fs = require('fs');
const order = [];
crypto.pbkdf2('pw', 'salt', 50000, 32, 'sha256', () => order.push('pbkdf2'));
fs.stat('/tmp', () => order.push('stat'));
process.on('exit', () => console.log(order.join(' '), process.env.UV_THREADPOOL_SIZE));
