// stream.compose: streams, async generator functions and mixes of both; errors propagate.
const { compose, Transform, Readable, PassThrough } = require('stream');
(async () => {
  const double = new Transform({ transform(c, e, cb) { cb(null, String(c) + String(c)); } });
  const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const both = compose(double, upper);
  both.end('ab');
  console.log('streams:', (await both.toArray()).map(String));

  const viaGen = compose(async function* (source) {
    for await (const c of source) yield `<${c}>`;
  }, new PassThrough({ objectMode: true }), async function* (source) {
    for await (const c of source) yield c.length;
  });
  viaGen.write('x');
  viaGen.end('yy');
  console.log('generators:', await viaGen.toArray());

  const fromReadable = compose(Readable.from(['s', 't']), async function* (source) {
    for await (const c of source) yield c + '!';
  });
  console.log('readable head:', await fromReadable.toArray());

  const failing = compose(new PassThrough(), new Transform({
    transform(c, e, cb) { cb(new Error('transform failed')); },
  }));
  failing.on('error', (e) => console.log('error:', e.message));
  failing.write('z');

  try {
    compose();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  const single = compose(async function* (s) { for await (const c of s) yield c; });
  console.log('single is duplex:', typeof single.write, typeof single.read);
})();
