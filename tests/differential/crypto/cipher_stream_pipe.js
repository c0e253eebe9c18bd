// crypto differential: ciphers are Transform streams: pipe a Readable through encrypt and decrypt
const crypto = require('crypto');
const { Readable, Transform, pipeline } = require('stream');
const key = crypto.createHash('sha256').update('stream key').digest();
const iv = Buffer.alloc(16, 7);
const chunks = ['first chunk, ', 'second, ', 'x'.repeat(100), ' — last ✓'];
const plain = chunks.join('');
for (const name of ['aes-256-cbc', 'aes-256-ctr', 'aes-256-ecb']) {
  const v = name.endsWith('ecb') ? null : iv;
  const cipher = crypto.createCipheriv(name, key, v);
  const decipher = crypto.createDecipheriv(name, key, v);
  console.log(name, cipher instanceof Transform, typeof cipher.pipe);
  const out = [];
  Readable.from(chunks).pipe(cipher).pipe(decipher).on('data', (d) => out.push(d)).on('end', () => {
    const back = Buffer.concat(out).toString();
    console.log(name, 'end', back === plain, back.length);
  });
}
// pipeline() with a GCM pair: the tag is read after the encrypting side ends.
const gcm = crypto.createCipheriv('aes-256-gcm', key, iv.subarray(0, 12));
const parts = [];
pipeline(Readable.from(chunks), gcm, async function* (source) {
  for await (const chunk of source) parts.push(chunk);
}, (err) => {
  const ct = Buffer.concat(parts);
  const tag = gcm.getAuthTag();
  console.log('gcm', err, ct.length, tag.length);
  const d = crypto.createDecipheriv('aes-256-gcm', key, iv.subarray(0, 12));
  d.setAuthTag(tag);
  console.log('gcm', Buffer.concat([d.update(ct), d.final()]).toString() === plain);
});
