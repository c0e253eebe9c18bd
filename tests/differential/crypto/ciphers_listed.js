// crypto differential: every cipher name nodeboa implements is in getCiphers() and works
const crypto = require('crypto');
const names = ['aes-128-cbc', 'aes-128-ctr', 'aes-128-ecb', 'aes-128-gcm', 'aes-192-cbc', 'aes-192-ctr',
  'aes-192-ecb', 'aes-192-gcm', 'aes-256-cbc', 'aes-256-ctr', 'aes-256-ecb', 'aes-256-gcm', 'aes128', 'aes192',
  'aes256', 'id-aes128-GCM', 'id-aes192-GCM', 'id-aes256-GCM'];
const list = crypto.getCiphers();
console.log(list === crypto.getCiphers(), list.every((n) => typeof n === 'string'));
for (const name of names) {
  const info = crypto.getCipherInfo(name);
  const key = Buffer.alloc(info.keyLength, 1);
  const iv = info.ivLength === undefined ? null : Buffer.alloc(info.ivLength, 2);
  const c = crypto.createCipheriv(name, key, iv);
  console.log(name, list.includes(name), c.update('x', 'utf8', 'hex') + c.final('hex'));
}
