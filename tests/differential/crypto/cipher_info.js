// crypto differential: getCipherInfo by name, alias, nid and with key/iv length options
const crypto = require('crypto');
function show(f) {
  try { console.log(JSON.stringify(f())); }
  catch (e) { console.log(e.code, e.name, e.message); }
}
for (const name of ['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-ctr', 'aes-192-ctr', 'aes-256-ctr',
  'aes-128-ecb', 'aes-192-ecb', 'aes-256-ecb', 'aes-128-gcm', 'aes-192-gcm', 'aes-256-gcm', 'AES128', 'aes192',
  'aes256', 'id-aes128-GCM', 'ID-AES256-GCM', 'nope']) {
  show(() => crypto.getCipherInfo(name));
}
for (const nid of [418, 419, 423, 427, 895, 901, 904, 906, 1, 0]) show(() => crypto.getCipherInfo(nid));
show(() => crypto.getCipherInfo('aes-128-gcm', { ivLength: 1 }));
show(() => crypto.getCipherInfo('aes-128-gcm', { ivLength: 128 }));
show(() => crypto.getCipherInfo('aes-128-gcm', { ivLength: 129 }));
show(() => crypto.getCipherInfo('aes-128-cbc', { ivLength: 12 }));
show(() => crypto.getCipherInfo('aes-128-cbc', { ivLength: 16, keyLength: 16 }));
show(() => crypto.getCipherInfo('aes-128-cbc', { keyLength: 32 }));
show(() => crypto.getCipherInfo('aes-256-ctr', {}));
show(() => crypto.getCipherInfo());
show(() => crypto.getCipherInfo({}));
show(() => crypto.getCipherInfo('aes-128-cbc', 'x'));
show(() => crypto.getCipherInfo('aes-128-cbc', { keyLength: '16' }));
show(() => crypto.getCipherInfo('aes-128-cbc', { ivLength: 1.5 }));
