// crypto differential: createCipheriv/createDecipheriv argument errors (code, name, message)
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log('ok', r && r.constructor && r.constructor.name); }
  catch (e) { console.log(e.code, e.name, e.message); }
}
const key = Buffer.alloc(16);
const iv = Buffer.alloc(16);
for (const create of [crypto.createCipheriv, crypto.createDecipheriv]) {
  show(() => create(1, key, iv));
  show(() => create(undefined, key, iv));
  show(() => create('nope-128-cbc', key, iv));
  show(() => create('des-ede3-cbc-x', key, iv));
  show(() => create('aes-128-cbc', 1, iv));
  show(() => create('aes-128-cbc', null, iv));
  show(() => create('aes-128-cbc', {}, iv));
  show(() => create('aes-128-cbc', key, 1));
  show(() => create('aes-128-cbc', key, undefined));
  show(() => create('aes-128-cbc', key, {}));
  show(() => create('aes-128-gcm', key, iv.subarray(0, 12), { authTagLength: 'x' }));
  show(() => create('aes-128-gcm', key, iv.subarray(0, 12), { authTagLength: -1 }));
  show(() => create('aes-128-gcm', key, iv.subarray(0, 12), { authTagLength: 3 }));
  show(() => create('aes-128-gcm', key, iv.subarray(0, 12), { authTagLength: 17 }));
  show(() => create('aes-128-cbc', key, iv, { authTagLength: 3 }));
  show(() => create('aes-128-cbc', key, iv, 'options'));
  show(() => create('nope', 1, iv));
  show(() => create('AES-128-CBC', key, iv));
  show(() => create('aes128', key, iv));
  show(() => create('Id-Aes256-Gcm', Buffer.alloc(32), iv));
}
show(() => new crypto.Cipheriv('aes-128-cbc', key, iv));
show(() => crypto.Decipheriv('aes-128-cbc', key, iv));
