// Checks the shape of the stream module: classes, inheritance, and helpers.
const stream = require('stream');
console.log(typeof stream, stream === stream.Stream);
for (const k of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished', 'addAbortSignal']) {
  console.log(k, typeof stream[k]);
}
const { Readable, Writable, Duplex, Transform, PassThrough } = stream;
console.log(new Duplex() instanceof Writable, new Transform() instanceof Duplex, new PassThrough() instanceof Transform);
console.log(new Readable() instanceof stream, new Writable() instanceof require('events'));
console.log(require('node:stream') === stream);
