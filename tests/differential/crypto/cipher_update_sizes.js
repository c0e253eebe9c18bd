// crypto differential: how much each update() emits (OpenSSL buffering), per mode and padding
const crypto = require('crypto');
const key = Buffer.alloc(32, 3);
const chunks = [0, 5, 11, 16, 1, 15, 32, 3, 29, 17];
for (const name of ['aes-256-cbc', 'aes-256-ecb', 'aes-256-ctr', 'aes-256-gcm']) {
  const iv = name.endsWith('ecb') ? null : Buffer.alloc(name.endsWith('gcm') ? 12 : 16, 9);
  for (const padding of [true, false]) {
    for (const decrypt of [false, true]) {
      const c = decrypt ? crypto.createDecipheriv(name, key, iv) : crypto.createCipheriv(name, key, iv);
      c.setAutoPadding(padding);
      const sizes = chunks.map((n) => c.update(Buffer.alloc(n, n)).length);
      let fin;
      try { fin = c.final().length; } catch (e) { fin = e.code || e.message; }
      console.log(name, padding ? 'pad' : 'nopad', decrypt ? 'dec' : 'enc', sizes.join(','), fin);
    }
  }
}
