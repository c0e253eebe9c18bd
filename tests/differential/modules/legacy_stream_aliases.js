// The legacy _stream_* built-ins are stream's classes themselves, with or without `node:`, and
// are listed in builtinModules.
const stream = require('stream');
const { builtinModules } = require('module');
for (const [id, name] of [['_stream_duplex', 'Duplex'], ['_stream_passthrough', 'PassThrough'],
  ['_stream_readable', 'Readable'], ['_stream_transform', 'Transform'], ['_stream_writable', 'Writable']]) {
  console.log(id, require(id) === stream[name], require(`node:${id}`) === stream[name], builtinModules.includes(id));
}
const Transform = require('_stream_transform');
const upper = new Transform({ transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); } });
upper.on('data', (d) => console.log('data', String(d)));
upper.end('legacy');
