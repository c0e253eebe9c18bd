// Duplex.toWeb gives { readable, writable } web streams over a Duplex; Duplex.fromWeb makes a
// Duplex from such a pair.
const { Duplex, PassThrough } = require('stream');
const { ReadableStream, WritableStream } = require('stream/web');
(async () => {
  const pt = new PassThrough();
  const { readable, writable } = Duplex.toWeb(pt);
  console.log(readable.constructor.name, writable.constructor.name);
  const w = writable.getWriter();
  await w.write(new TextEncoder().encode('through '));
  await w.write(new TextEncoder().encode('passthrough'));
  await w.close();
  let text = '';
  for await (const chunk of readable) text += Buffer.from(chunk).toString();
  console.log(text);

  const sink = [];
  const d = Duplex.fromWeb({
    readable: new ReadableStream({ start(c) { c.enqueue('from web'); c.close(); } }),
    writable: new WritableStream({ write(c) { sink.push(Buffer.from(c).toString()); } }),
  }, { encoding: 'utf8' });
  console.log(d instanceof Duplex);
  d.on('data', (chunk) => console.log('read:', chunk));
  d.on('end', () => console.log('read side ended'));
  d.write('to web');
  d.end(() => console.log('sink:', sink));
  try {
    Duplex.fromWeb({ readable: 1, writable: 2 });
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    Duplex.toWeb({});
  } catch (e) {
    console.log(e.code, e.message);
  }
})();
