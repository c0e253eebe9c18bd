// Writable.toWeb / Writable.fromWeb: writes cross both ways, close ends, errors propagate.
const { Writable } = require('stream');
const { WritableStream } = require('stream/web');
(async () => {
  const chunks = [];
  const nodeW = new Writable({
    write(chunk, enc, cb) { chunks.push(chunk.toString()); cb(); },
  });
  nodeW.on('finish', () => console.log('node writable finished'));
  const webW = Writable.toWeb(nodeW);
  console.log(webW.constructor.name);
  const writer = webW.getWriter();
  await writer.write(new TextEncoder().encode('one'));
  await writer.write(new TextEncoder().encode('two'));
  await writer.close();
  console.log(chunks);

  const sink = [];
  const ws = new WritableStream({
    write(chunk) { sink.push(typeof chunk === 'string' ? chunk : `${chunk.constructor.name}(${Buffer.from(chunk)})`); },
    close() { sink.push('closed'); },
  });
  const w = Writable.fromWeb(ws);
  w.write('abc');
  w.write(Buffer.from('def'));
  w.end('ghi', () => {
    console.log('fromWeb sink:', sink);
  });
  w.on('finish', () => console.log('fromWeb finish'));

  const objSink = [];
  const wo = Writable.fromWeb(new WritableStream({ write(c) { objSink.push(c); } }), { objectMode: true });
  wo.write({ a: 1 });
  wo.end({ b: 2 });
  wo.on('finish', () => console.log('object sink:', objSink));

  const bad = Writable.fromWeb(new WritableStream({ write() { throw new Error('sink broke'); } }));
  bad.on('error', (e) => console.log('fromWeb error:', e.message));
  bad.write('x');
  try {
    Writable.fromWeb(5);
  } catch (e) {
    console.log(e.code, e.message);
  }
})();
