// BYOB readers over byte streams: reading into typed arrays and DataViews from queued bytes,
// leftover partial elements, pending reads filled through byobRequest.respond and
// respondWithNewView, and reads after close.
const { ReadableStream } = require('stream/web');
(async () => {
  let ctl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  console.log(reader.constructor.name, Object.prototype.toString.call(reader));
  for (const bad of [5, new Uint8Array(0), undefined]) {
    try { await reader.read(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  ctl.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
  const view = new Uint8Array(3);
  const r1 = await reader.read(view);
  console.log(r1, 'original detached:', view.byteLength);
  console.log(await reader.read(new Uint16Array(4)));
  ctl.enqueue(new Uint8Array([0xaa, 0xbb, 0xcc]));
  console.log(await reader.read(new Uint16Array(1)));
  const dv = await reader.read(new DataView(new ArrayBuffer(4)));
  console.log(dv.value.constructor.name, dv.value.byteLength, dv.value.getUint8(0), dv.done);

  // Pending read: the source fills it through byobRequest.
  let source;
  const pending = new ReadableStream({
    type: 'bytes',
    start(c) { source = c; },
    pull(c) {
      const req = c.byobRequest;
      console.log('pull sees view of', req.view.byteLength, req.view.constructor.name);
      req.view[0] = 42;
      req.view[1] = 43;
      req.respond(2);
      console.log('after respond', c.byobRequest);
    },
  });
  const pr = pending.getReader({ mode: 'byob' });
  console.log(await pr.read(new Uint8Array(8)));
  const nv = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      const filled = new Uint8Array(v.buffer, v.byteOffset, 2);
      filled.set([7, 7]);
      c.byobRequest.respondWithNewView(filled);
    },
  });
  console.log(await nv.getReader({ mode: 'byob' }).read(new Uint8Array(4)));
  const bad = new ReadableStream({ type: 'bytes', pull(c) { try { c.byobRequest.respond(100); } catch (e) { console.log(e.name, e.code); c.close(); c.byobRequest.respond(0); } } });
  console.log(await bad.getReader({ mode: 'byob' }).read(new Uint8Array(2)));
  ctl.close();
  console.log(await reader.read(new Uint8Array(2)));
  await reader.closed;
  console.log('closed');
  try { new ReadableStream().getReader({ mode: 'byob' }); } catch (e) { console.log(e.name, e.code); }
})();
