// Checks read(n) on a string stream with setEncoding, partial reads and the remainder at end.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
r.push('hello world');
r.push(null);
r.once('readable', () => {
  console.log(JSON.stringify(r.read(5)));
  console.log(JSON.stringify(r.read(1)));
  console.log(JSON.stringify(r.read(100)));
  console.log(JSON.stringify(r.read()));
});
r.on('end', () => console.log('end', r.readableEnded));
