// ReadableStream({ type: 'bytes' }): the byte controller, argument errors, buffers detached
// on enqueue, desiredSize, and default readers reading the queued bytes.
const { ReadableStream, ReadableByteStreamController, ReadableStreamBYOBReader, ReadableStreamBYOBRequest } = require('stream/web');
console.log(typeof ReadableByteStreamController, typeof ReadableStreamBYOBReader, typeof ReadableStreamBYOBRequest);
console.log(typeof globalThis.ReadableByteStreamController, typeof globalThis.ReadableStreamBYOBReader);
(async () => {
  let ctl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } }, { highWaterMark: 8 });
  console.log(ctl.constructor.name, ctl.desiredSize, ctl.byobRequest, Object.prototype.toString.call(ctl));
  for (const bad of [5, new Uint8Array(0), 'str', {}]) {
    try { ctl.enqueue(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  const u = new Uint8Array([1, 2, 3]);
  ctl.enqueue(u);
  console.log('detached', u.byteLength, u.buffer.byteLength, ctl.desiredSize);
  ctl.enqueue(new Uint16Array([0x0102, 0x0304]));
  ctl.enqueue(new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2));
  console.log('desired', ctl.desiredSize);
  const reader = rs.getReader();
  console.log(await reader.read());
  console.log(await reader.read());
  console.log(await reader.read());
  ctl.close();
  try { ctl.close(); } catch (e) { console.log(e.name, e.code, e.message); }
  try { ctl.enqueue(new Uint8Array(1)); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(await reader.read());
  for (const opts of [[{ type: 'bytes' }, { size() { return 1; } }], [{ type: 'nope' }], [{ type: 'bytes', autoAllocateChunkSize: 0 }]]) {
    try { new ReadableStream(...opts); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  try { rs.getReader({ mode: 'x' }); } catch (e) { console.log(e.name, e.code, e.message); }
  const pulled = new ReadableStream({
    type: 'bytes',
    pull(c) { c.enqueue(new TextEncoder().encode('pulled')); c.close(); },
  });
  for await (const chunk of pulled) console.log('iterated', chunk.constructor.name, Buffer.from(chunk).toString());
  const erroring = new ReadableStream({ type: 'bytes', pull(c) { c.error(new Error('byte source failed')); } });
  try { await erroring.getReader().read(); } catch (e) { console.log('rejected:', e.message); }
})();
