// stream differential: stream/consumers reads Node Readables, web ReadableStreams and async
// generators into text (UTF-8 split across chunks), json, buffer, arrayBuffer and blob; a
// failing stream rejects; `sys` is util.
const consumers = require('stream/consumers');
const { Readable } = require('stream');
console.log(Object.keys(consumers).join(), require('sys') === require('util'));
const euro = Buffer.from('€ and ü');
const pieces = () => [euro.subarray(0, 1), euro.subarray(1, 5), euro.subarray(5)];
(async () => {
  console.log(JSON.stringify(await consumers.text(Readable.from(pieces()))));
  console.log(JSON.stringify(await consumers.text(Readable.from(['a', 'b', 'c']))));
  console.log(await consumers.json(Readable.from([Buffer.from('{"a":'), Buffer.from('[1,2]}')])));
  const buf = await consumers.buffer(Readable.from(pieces()));
  console.log(Buffer.isBuffer(buf), buf.toString());
  const ab = await consumers.arrayBuffer(new Blob(['xy', 'z']).stream());
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const b = await consumers.blob((async function* () { yield 'q'; yield new Uint8Array([65]); })());
  console.log(b instanceof Blob, b.size, await b.text());
  try {
    await consumers.json(Readable.from(['{bad']));
  } catch (e) {
    console.log(e.name);
  }
  try {
    await consumers.text(new Readable({ read() { this.destroy(new Error('boom')); } }));
  } catch (e) {
    console.log('rejected', e.message);
  }
})();
