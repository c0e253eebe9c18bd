// Checks piping one Readable into two Writables.
const { Readable, Writable } = require('stream');
const r = Readable.from(['a', 'b', 'c']);
function sink(name) {
  const out = [];
  const w = new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } });
  w.on('finish', () => console.log(name, out.join('')));
  return w;
}
r.pipe(sink('one'));
r.pipe(sink('two'));
