// crypto differential: AES-GCM known answers from the GCM specification (test cases 2-4, 6, 14-16)
const crypto = require('crypto');
const K = 'feffe9928665731c6d6a8f9467308308';
const P = 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39';
const A = 'feedfacedeadbeeffeedfacedeadbeefabaddad2';
const cases = [
  ['aes-128-gcm', '00'.repeat(16), '00'.repeat(12), '00'.repeat(16), ''],
  ['aes-128-gcm', K, 'cafebabefacedbaddecaf888', P + '1aafd255', ''],
  ['aes-128-gcm', K, 'cafebabefacedbaddecaf888', P, A],
  ['aes-128-gcm', K, '9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b', P, A],
  ['aes-256-gcm', '00'.repeat(32), '00'.repeat(12), '00'.repeat(16), ''],
  ['aes-256-gcm', K + K, 'cafebabefacedbaddecaf888', P, A],
  ['aes-192-gcm', K + K.slice(0, 16), 'cafebabefacedbad', P, A],
];
for (const [name, key, iv, plain, aad] of cases) {
  const c = crypto.createCipheriv(name, Buffer.from(key, 'hex'), Buffer.from(iv, 'hex'));
  if (aad) c.setAAD(Buffer.from(aad, 'hex'));
  const ct = c.update(plain, 'hex', 'hex') + c.final('hex');
  const tag = c.getAuthTag();
  console.log(name, iv.length / 2, ct, tag.toString('hex'));
  const d = crypto.createDecipheriv(name, Buffer.from(key, 'hex'), Buffer.from(iv, 'hex'));
  if (aad) d.setAAD(Buffer.from(aad, 'hex'));
  d.setAuthTag(tag);
  console.log(d.update(ct, 'hex', 'hex') + d.final('hex') === plain);
}
