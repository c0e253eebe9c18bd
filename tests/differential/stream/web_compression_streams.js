// stream/web differential: CompressionStream and DecompressionStream (globals and stream/web
// members): formats, the format check, shapes and inspect, round trips through zlib for every
// format, a corrupt input's error, and `this` checks.
const util = require('util');
const zlib = require('zlib');
const web = require('stream/web');

console.log(CompressionStream === web.CompressionStream, DecompressionStream === web.DecompressionStream);
console.log(Object.keys(web).join());
for (const format of ['gzip', 'deflate', 'deflate-raw', 'br', 'GZIP', '', undefined, { toString() { return 'gzip'; } }]) {
  for (const Class of [CompressionStream, DecompressionStream]) {
    try {
      const stream = new Class(format);
      console.log('ok', Class.name, String(format), typeof stream.readable, typeof stream.writable);
    } catch (e) {
      console.log('error', Class.name, String(format), e.name, e.code, e.message);
    }
  }
}
console.log(Object.getOwnPropertyNames(CompressionStream.prototype), Object.getOwnPropertyNames(DecompressionStream.prototype));
console.log(CompressionStream.name, CompressionStream.length, DecompressionStream.length,
  Object.prototype.toString.call(new CompressionStream('gzip')), Object.keys(new DecompressionStream('gzip')));
for (const key of ['readable', 'writable']) {
  const d = Object.getOwnPropertyDescriptor(CompressionStream.prototype, key);
  console.log(key, typeof d.get, d.enumerable, d.configurable);
  try { Reflect.get(CompressionStream.prototype, key, {}); } catch (e) { console.log(e.name, e.code, e.message); }
  try { Reflect.get(DecompressionStream.prototype, key, {}); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(util.inspect(new CompressionStream('gzip')));
console.log(util.inspect(new DecompressionStream('deflate'), { depth: 0 }));

(async () => {
  const input = 'hello hello hello compression streams '.repeat(20);
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const cs = new CompressionStream(format);
    const writer = cs.writable.getWriter();
    writer.write(new TextEncoder().encode(input));
    writer.close();
    const chunks = [];
    for await (const chunk of cs.readable) chunks.push(chunk);
    const packed = Buffer.concat(chunks);
    const unpack = { gzip: 'gunzipSync', deflate: 'inflateSync', 'deflate-raw': 'inflateRawSync' }[format];
    console.log(format, chunks.every((c) => c instanceof Uint8Array), zlib[unpack](packed).toString() === input);

    const pack = { gzip: 'gzipSync', deflate: 'deflateSync', 'deflate-raw': 'deflateRawSync' }[format];
    const out = new Blob([zlib[pack](input)]).stream().pipeThrough(new DecompressionStream(format));
    let text = '';
    for await (const chunk of out) text += Buffer.from(chunk).toString();
    console.log(format, 'decompressed', text === input);
  }
  const ds = new DecompressionStream('gzip');
  const writer = ds.writable.getWriter();
  writer.write(new Uint8Array([1, 2, 3, 4])).catch(() => {});
  writer.close().catch(() => {});
  try {
    for await (const chunk of ds.readable) console.log('chunk', chunk);
  } catch (e) {
    console.log('read error', e.name, e.code, e.message);
  }
})();
