// TransformStream: a transform that throws or rejects errors both the readable and the
// writable side; flush runs on close; enqueue from start.
(async () => {
  const ts = new TransformStream({
    transform(chunk, controller) {
      if (chunk === 'bad') throw new Error('cannot transform');
      controller.enqueue(chunk.toUpperCase());
    },
  });
  const writer = ts.writable.getWriter();
  const reader = ts.readable.getReader();
  writer.write('ok');
  console.log(await reader.read());
  writer.write('bad').catch((e) => console.log('write rejected:', e.message));
  try {
    await reader.read();
  } catch (e) {
    console.log('read rejected:', e.message);
  }
  await writer.closed.catch((e) => console.log('writer closed rejected:', e.message));

  const asyncTs = new TransformStream({
    async transform(chunk) {
      await null;
      throw new Error(`async ${chunk}`);
    },
  });
  const aw = asyncTs.writable.getWriter();
  aw.write('x').catch((e) => console.log('async write rejected:', e.message));
  await asyncTs.readable.getReader().read().catch((e) => console.log('async read rejected:', e.message));

  const flushing = new TransformStream({
    start(controller) { controller.enqueue('from start'); },
    transform(chunk, controller) { controller.enqueue(chunk * 2); },
    flush(controller) { controller.enqueue('flushed'); },
  });
  const fw = flushing.writable.getWriter();
  fw.write(21);
  fw.close();
  const out = [];
  for await (const v of flushing.readable) out.push(v);
  console.log(out);
})();
