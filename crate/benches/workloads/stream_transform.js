// Streams: 50 MB in 64 KB chunks through Readable → Transform (which marks each chunk) →
// Writable, with stream.pipeline: the cost of the stream machinery per chunk.
// hosts: node nodeboa chromium
// bytes: 52428800
const { Readable, Transform, Writable, pipeline } = require('stream');
const CHUNK = 64 * 1024;
const COUNT = (50 * 1024 * 1024) / CHUNK;
const chunk = Buffer.alloc(CHUNK, 1);
let sent = 0;
let received = 0;
const source = new Readable({
  read() {
    this.push(sent++ < COUNT ? chunk : null);
  },
});
const transform = new Transform({
  transform(data, _enc, done) {
    data[0] = 2;
    done(null, data);
  },
});
const sink = new Writable({
  write(data, _enc, done) {
    received += data.length;
    done();
  },
});
const t0 = performance.now();
pipeline(source, transform, sink, (err) => {
  const ms = performance.now() - t0;
  if (err) throw err;
  if (received !== COUNT * CHUNK) throw new Error(`received ${received}`);
  console.log(`BENCH stream_transform ${ms}`);
});
