// crypto differential: createSecretKey / KeyObject: properties, export, equals, use as a key
const crypto = require('crypto');
function show(label, f) {
  try { const r = f(); console.log(label, Buffer.isBuffer(r) ? '<buf ' + r.toString('hex') + '>' : r); }
  catch (e) { console.log(label, e.code, e.name, e.message); }
}
const key = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
console.log(key);
show('type', () => key.type);
show('size', () => key.symmetricKeySize);
show('asymmetric', () => key.asymmetricKeyType);
show('keys', () => Object.keys(key).length);
show('instanceof', () => key instanceof crypto.KeyObject);
show('tag', () => Object.prototype.toString.call(key));
show('export', () => key.export());
show('export buffer', () => key.export({ format: 'buffer' }));
show('export jwk', () => JSON.stringify(key.export({ format: 'jwk' })));
show('export pem', () => key.export({ format: 'pem' }));
show('export number', () => key.export(5));
show('export is a copy', () => { key.export().fill(0); return key.export().toString(); });
show('equals same', () => key.equals(crypto.createSecretKey('0123456789abcdef', 'utf8')));
show('equals other', () => key.equals(crypto.createSecretKey('0123456789abcdeF', 'utf8')));
show('equals shorter', () => key.equals(crypto.createSecretKey('0123', 'utf8')));
show('equals bad', () => key.equals(Buffer.alloc(16)));
show('hex string', () => crypto.createSecretKey('cafe', 'hex').export());
show('arraybuffer', () => crypto.createSecretKey(new ArrayBuffer(5)).symmetricKeySize);
show('empty', () => crypto.createSecretKey(Buffer.alloc(0)).symmetricKeySize);
show('number', () => crypto.createSecretKey(5));
show('keyobject', () => crypto.createSecretKey(key));
show('construct', () => new crypto.KeyObject('secret', 1));
show('construct type', () => new crypto.KeyObject('bogus', {}));
show('copied in', () => { const b = Buffer.from('abcd'); const k = crypto.createSecretKey(b); b.fill(0); return k.export().toString(); });
show('hmac', () => crypto.createHmac('sha256', key).update('x').digest('hex'));
show('cipher', () => { const c = crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(16)); return c.update('x', 'utf8', 'hex') + c.final('hex'); });
show('cipher wrong size', () => crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16)));
show('hkdf', () => Buffer.from(crypto.hkdfSync('sha256', key, 'salt', 'info', 16)));
show('pbkdf2', () => crypto.pbkdf2Sync(key, 'salt', 1, 8, 'sha256'));
