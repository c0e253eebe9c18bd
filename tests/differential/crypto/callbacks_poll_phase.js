// crypto differential: pbkdf2, scrypt, hkdf, randomBytes, randomFill and randomInt call back in
// the poll phase: an immediate set inside the callback runs before a zero timeout set beside it
const crypto = require('crypto');
const log = [];
function chain(steps) {
  const [first, ...rest] = steps;
  if (!first) return;
  first((err) => {
    const name = first.name;
    log.push(`${name} ${err}`);
    setTimeout(() => {
      log.push(`${name} timeout`);
      chain(rest);
    }, 0);
    setImmediate(() => log.push(`${name} immediate`));
    process.nextTick(() => log.push(`${name} tick`));
    Promise.resolve().then(() => log.push(`${name} micro`));
  });
}
function pbkdf2(cb) { crypto.pbkdf2('pw', 'salt', 10, 16, 'sha256', cb); }
function scrypt(cb) { crypto.scrypt('pw', 'salt', 16, { N: 16 }, cb); }
function hkdf(cb) { crypto.hkdf('sha256', 'ikm', 'salt', 'info', 16, cb); }
function randomBytes(cb) { crypto.randomBytes(16, cb); }
function randomFill(cb) { crypto.randomFill(new Uint8Array(8), cb); }
function randomInt(cb) { crypto.randomInt(10, cb); }
process.nextTick(() => log.push('main tick'));
chain([pbkdf2, scrypt, hkdf, randomBytes, randomFill, randomInt]);
log.push('main sync');
process.on('exit', () => console.log(log.join('\n')));
