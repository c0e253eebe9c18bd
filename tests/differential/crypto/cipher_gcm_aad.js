// crypto differential: GCM with AAD only, several setAAD calls, empty plaintext, odd chunking
const crypto = require('crypto');
const key = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
const iv = Buffer.from('cafebabefacedbaddecaf888', 'hex');
function seal(aads, chunks) {
  const c = crypto.createCipheriv('aes-128-gcm', key, iv);
  for (const a of aads) c.setAAD(Buffer.from(a));
  const ct = Buffer.concat([...chunks.map((x) => c.update(x)), c.final()]);
  return [ct.toString('hex'), c.getAuthTag().toString('hex')];
}
console.log(seal([], []));
console.log(seal(['only aad'], []));
console.log(seal(['only ', 'aad'], []));
console.log(seal(['a'.repeat(16)], ['b'.repeat(16)]));
console.log(seal(['a'.repeat(17)], ['b'.repeat(15), 'c']));
console.log(seal(['x'], ['1', '22', '333', '4444', '55555', '666666', '7777777']));
console.log(seal(['x'], ['1223334444555556666667777777']));
const big = 'z'.repeat(1000);
const [ct, tag] = seal([big], [big, big]);
console.log(ct.length, tag);
const d = crypto.createDecipheriv('aes-128-gcm', key, iv);
d.setAAD(Buffer.from(big));
d.setAuthTag(Buffer.from(tag, 'hex'));
console.log(d.update(ct, 'hex', 'utf8').length + d.final('utf8').length);
