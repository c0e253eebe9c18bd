// write accepts strings and views, and rejects other values
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
console.log(d.write('already a string'));
console.log(d.write(new Uint8Array([0x68, 0x69])));
console.log(d.write(new Uint16Array([0x6968])));
console.log(d.write(new DataView(new Uint8Array([0x6f, 0x6b]).buffer)));
for (const v of [5, null, {}, [1, 2], undefined]) {
  try { d.write(v); console.log('ok', v); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(JSON.stringify(d.end()), JSON.stringify(d.end(Buffer.from('x'))), JSON.stringify(d.end('s')));
