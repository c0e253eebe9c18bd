// crypto differential: pool callbacks are never synchronous, and see the right arguments
const crypto = require('crypto');
const log = [];
crypto.pbkdf2('a', 'b', 1, 4, 'sha1', (err, key) => log.push(`pbkdf2 ${err} ${key.toString('hex')}`));
log.push('after pbkdf2');
crypto.scrypt('a', 'b', 4, { N: 2 }, (err, key) => log.push(`scrypt ${err} ${key.toString('hex')}`));
log.push('after scrypt');
crypto.randomBytes(3, function (err, buf) { log.push(`randomBytes ${err} ${buf.length}`); });
log.push('after randomBytes');
crypto.randomBytes(0, (err, buf) => log.push(`randomBytes0 ${err} ${buf.length}`));
const target = Buffer.alloc(10);
crypto.randomFill(target, 2, 3, (err, buf) => log.push(`randomFill ${err} ${buf === target} ${target.subarray(0, 2).toString('hex')} ${target.subarray(5).toString('hex')}`));
crypto.hkdf('sha1', 'k', 's', 'i', 4, (err, ab) => log.push(`hkdf ${err} ${ab instanceof ArrayBuffer} ${Buffer.from(ab).toString('hex')}`));
crypto.randomInt(5, 6, (err, n) => log.push(`randomInt ${err} ${n}`));
log.push('sync end');
process.on('exit', () => console.log(log.sort().join('\n')));
