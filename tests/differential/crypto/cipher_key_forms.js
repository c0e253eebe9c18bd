// crypto differential: keys and IVs as strings, ArrayBuffers, typed arrays, DataViews, KeyObjects
const crypto = require('crypto');
function run(label, key, iv, options) {
  try {
    const c = crypto.createCipheriv('aes-128-cbc', key, iv, options);
    console.log(label, c.update('data', 'utf8', 'hex') + c.final('hex'));
  } catch (e) {
    console.log(label, e.code, e.message);
  }
}
const raw = Buffer.from('0123456789abcdef');
run('buffer', raw, raw);
run('string', '0123456789abcdef', '0123456789abcdef');
run('hex key string', '30313233343536373839616263646566', raw, { encoding: 'hex' });
run('arraybuffer', raw.buffer.slice(raw.byteOffset, raw.byteOffset + 16), raw);
run('uint16array', new Uint16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + 16)), raw);
run('dataview', new DataView(raw.buffer.slice(raw.byteOffset, raw.byteOffset + 16)), new DataView(raw.buffer.slice(raw.byteOffset, raw.byteOffset + 16)));
run('subarray', Buffer.concat([Buffer.from('xx'), raw]).subarray(2), raw);
run('keyobject', crypto.createSecretKey(raw), raw);
run('keyobject too short', crypto.createSecretKey(raw.subarray(0, 8)), raw);
run('multibyte string key', 'ééééééé\u00e9', raw);
// Changing the key buffer after creating the cipher does not change the cipher.
const k = Buffer.from(raw);
const c = crypto.createCipheriv('aes-128-ctr', k, raw);
k.fill(0);
console.log('copied key', c.update('data', 'utf8', 'hex'));
