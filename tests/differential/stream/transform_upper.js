// Checks a Transform uppercasing strings, with flush adding a trailer.
const { Transform } = require('stream');
const t = new Transform({
  decodeStrings: false,
  encoding: 'utf8',
  transform(chunk, enc, cb) { cb(null, chunk.toUpperCase()); },
  flush(cb) { this.push('!'); cb(); },
});
let out = '';
t.on('data', (d) => { out += d; });
t.on('end', () => console.log('out', out));
t.on('finish', () => console.log('finish'));
t.on('close', () => console.log('close'));
t.write('hello ');
t.end('world');
