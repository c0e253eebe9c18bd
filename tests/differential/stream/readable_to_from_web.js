// Readable.toWeb / Readable.fromWeb: chunks cross both ways, errors and cancel propagate.
const { Readable } = require('stream');
(async () => {
  const web = Readable.toWeb(Readable.from(['a', 'b', 'c']));
  console.log(web.constructor.name);
  const reader = web.getReader();
  const got = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    got.push(value);
  }
  console.log(got);
  const bytes = Readable.toWeb(new Readable({ read() { this.push(Buffer.from('xyz')); this.push(null); } }));
  for await (const chunk of bytes) console.log(chunk.constructor.name, Buffer.from(chunk).toString());
  const failing = new Readable({ read() { this.destroy(new Error('src failed')); } });
  try {
    await Readable.toWeb(failing).getReader().read();
  } catch (e) {
    console.log('web read rejected:', e.message);
  }
  const src = Readable.from([1, 2, 3]);
  const w = Readable.toWeb(src);
  await w.cancel(new Error('stop'));
  await new Promise((r) => setImmediate(r));
  console.log('cancel destroyed source:', src.destroyed);

  const { ReadableStream } = require('stream/web');
  const rs = new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); } });
  const node = Readable.fromWeb(rs, { objectMode: true });
  console.log(node instanceof Readable, node.readableObjectMode);
  console.log(await node.toArray());
  const rs2 = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('hello ')); c.enqueue(new TextEncoder().encode('web')); c.close(); } });
  const n2 = Readable.fromWeb(rs2, { encoding: 'utf8' });
  let text = '';
  n2.on('data', (d) => { text += d; });
  n2.on('end', () => console.log('fromWeb text:', text));
  const rs3 = new ReadableStream({ pull(c) { c.error(new Error('web failed')); } });
  Readable.fromWeb(rs3).on('error', (e) => console.log('fromWeb error:', e.message)).resume();
  try {
    Readable.fromWeb({});
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    Readable.toWeb({});
  } catch (e) {
    console.log(e.code, e.message);
  }
})();
