// Duplex.from with each kind of body: async generator function, async function, promise,
// iterable, { readable, writable } pair, web streams, an existing Duplex, and a bad input.
const { Duplex, Readable, Writable, PassThrough } = require('stream');
const { ReadableStream, WritableStream } = require('stream/web');
(async () => {
  const upper = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  upper.end('abc');
  console.log('generator:', await upper.toArray());

  const seen = [];
  const consumer = Duplex.from(async function (source) {
    for await (const chunk of source) seen.push(String(chunk));
  });
  consumer.on('finish', () => console.log('async fn consumed', seen));
  consumer.write('p');
  consumer.end('q');

  console.log('promise:', await Duplex.from(Promise.resolve('resolved')).toArray());
  console.log('iterable:', await Duplex.from([1, 2, 3]).toArray());
  console.log('string:', await Duplex.from('text').toArray());

  const written = [];
  const pair = Duplex.from({
    readable: Readable.from(['r1', 'r2']),
    writable: new Writable({ write(c, e, cb) { written.push(c.toString()); cb(); } }),
  });
  pair.end('w1');
  console.log('pair read:', await pair.toArray());
  await new Promise((r) => setImmediate(r));
  console.log('pair wrote:', written);

  const rs = new ReadableStream({ start(c) { c.enqueue('web1'); c.close(); } });
  console.log('web readable:', (await Duplex.from(rs).toArray()).map(String));
  const got = [];
  const wsd = Duplex.from(new WritableStream({ write(c) { got.push(Buffer.from(c).toString()); } }));
  wsd.end('to web', () => console.log('web writable got', got));

  const pt = new PassThrough();
  console.log('same duplex:', Duplex.from(pt) === pt);
  try {
    Duplex.from(42);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    Duplex.from(() => 5);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
})();
