// Byte streams: tee() gives two byte streams with independent copies, autoAllocateChunkSize
// lets default readers be served through byobRequest, and cancel resolves pending BYOB reads.
const { ReadableStream } = require('stream/web');
(async () => {
  const src = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.enqueue(new Uint8Array([4])); c.close(); },
  });
  const [a, b] = src.tee();
  const gotB = [];
  for await (const chunk of b) gotB.push(Array.from(chunk));
  console.log('branch b', gotB);
  const ra = a.getReader({ mode: 'byob' });
  const rest = [];
  for (;;) {
    const { done, value } = await ra.read(new Uint8Array(8));
    if (done) break;
    rest.push(Array.from(value));
  }
  console.log('branch a rest', rest);

  let calls = 0;
  const auto = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      calls++;
      const req = c.byobRequest;
      console.log('auto view', req.view.byteLength);
      if (calls > 2) {
        c.close();
        req.respond(0);
        return;
      }
      req.view.set([calls, calls]);
      req.respond(2);
    },
  });
  const ar = auto.getReader();
  console.log(await ar.read(), await ar.read(), await ar.read());

  const hanging = new ReadableStream({ type: 'bytes' });
  const hr = hanging.getReader({ mode: 'byob' });
  const p = hr.read(new Uint8Array(4));
  await hr.cancel('why');
  console.log('after cancel', await p);
})();
