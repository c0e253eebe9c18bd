// crypto differential: argument errors across hashes, HMAC, KDFs and random (code, name, message)
const c = require('crypto');
function show(l, f) {
  try { const r = f(); console.log(l, typeof r === 'object' && r !== null ? r.constructor.name : r); }
  catch (e) { console.log(l, e.code, e.name, e.message); }
}
show('createHash none', () => c.createHash());
show('createHash unknown', () => c.createHash('nope'));
show('update after digest', () => { const h = c.createHash('sha1'); h.digest(); h.update('x'); });
show('digest twice', () => { const h = c.createHash('sha1'); h.digest(); h.digest(); });
show('copy after digest', () => { const h = c.createHash('sha1'); h.digest(); h.copy(); });
show('update none', () => c.createHash('sha1').update());
show('update null', () => c.createHash('sha1').update(null));
show('update odd hex', () => c.createHash('sha1').update('abc', 'hex'));
show('hmac odd hex', () => c.createHmac('sha1', 'k').update('abc', 'hex'));
show('hmac unknown', () => c.createHmac('nope', 'k'));
show('hmac no key', () => c.createHmac('sha1'));
show('hmac null key', () => c.createHmac('sha1', null));
show('hmac update after digest', () => { const h = c.createHmac('sha1', 'k'); h.digest(); h.update('x'); });
show('pbkdf2 digest', () => c.pbkdf2Sync('a', 'b', 1, 8, 'nope'));
show('pbkdf2 iterations', () => c.pbkdf2Sync('a', 'b', 0, 8, 'sha1'));
show('pbkdf2 iterations float', () => c.pbkdf2Sync('a', 'b', 1.5, 8, 'sha1'));
show('pbkdf2 keylen', () => c.pbkdf2Sync('a', 'b', 1, -1, 'sha1'));
show('pbkdf2 no digest', () => c.pbkdf2Sync('a', 'b', 1, 8));
show('pbkdf2 no callback', () => c.pbkdf2('a', 'b', 1, 8, 'sha1'));
show('randomBytes -1', () => c.randomBytes(-1));
show('randomBytes string', () => c.randomBytes('1'));
show('randomBytes 2**31', () => c.randomBytes(2 ** 31));
show('randomBytes NaN', () => c.randomBytes(NaN));
show('randomBytes bad callback', () => c.randomBytes(1, 'x'));
show('randomInt reversed', () => c.randomInt(10, 5));
show('randomInt float', () => c.randomInt(1.5));
show('randomInt range', () => c.randomInt(0, 2 ** 48));
show('randomInt unsafe', () => c.randomInt(2 ** 53));
show('randomInt bad callback', () => c.randomInt(1, 2, 3));
show('randomFillSync offset', () => c.randomFillSync(new Uint8Array(4), 5));
show('randomFillSync size', () => c.randomFillSync(new Uint8Array(4), 0, 5));
show('randomFillSync string', () => c.randomFillSync('x'));
show('randomFill no callback', () => c.randomFill(new Uint8Array(4)));
show('scrypt N', () => c.scryptSync('a', 'b', 8, { N: 3 }));
show('scrypt N and cost', () => c.scryptSync('a', 'b', 8, { N: 16, cost: 16 }));
show('scrypt keylen', () => c.scryptSync('a', 'b', -1));
show('hkdf too long', () => c.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
show('hkdf digest', () => c.hkdfSync('nope', 'k', 's', 'i', 8));
show('timingSafeEqual', () => c.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)));
show('hash input', () => c.hash('sha1', 5));
show('hash unknown', () => c.hash('nope', 'x'));
show('randomUUID option', () => c.randomUUID({ disableEntropyCache: 1 }));
show('getRandomValues float', () => c.getRandomValues(new Float32Array(2)));
