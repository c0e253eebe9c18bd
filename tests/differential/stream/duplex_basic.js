// Checks a Duplex with independent read and write sides, and allowHalfOpen.
const { Duplex } = require('stream');
const d = new Duplex({
  objectMode: true,
  read() {},
  write(c, e, cb) { console.log('wrote', c); this.push(`echo:${c}`); cb(); },
  final(cb) { this.push(null); cb(); },
});
d.on('data', (c) => console.log('read', c));
d.on('end', () => console.log('end'));
d.on('finish', () => console.log('finish'));
d.on('close', () => console.log('close'));
d.write('x');
d.end('y');
console.log('allowHalfOpen', d.allowHalfOpen, d instanceof require('stream').Readable);
