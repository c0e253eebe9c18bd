// StringDecoder normalizes encoding names and rejects unknown ones
const { StringDecoder } = require('string_decoder');
for (const e of [undefined, 'utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'latin1', 'binary', 'base64', 'base64url', 'hex', 'ascii', null, '']) {
  console.log(String(e), new StringDecoder(e).encoding);
}
for (const e of ['foo', 'utf-16', 'raw', 5]) {
  try { new StringDecoder(e); } catch (err) { console.log(String(e), err.name, err.code, err.message); }
}
