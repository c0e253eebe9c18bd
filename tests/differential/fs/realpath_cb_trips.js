// env: UV_THREADPOOL_SIZE=1
// (One pool thread: its FIFO queue alone orders the trips, as in node; with four the race below
// goes by thread scheduling, which a loaded machine can flip.)
// The callback realpath is Node's JavaScript one: it lstats path components one pool trip at a
// time (a symlink costs three), so an operation of one trip started after it calls back first.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-realpath-trips-');
fs.mkdirSync(d + '/a/b/c/d', { recursive: true });
fs.writeFileSync(d + '/a/b/c/d/f', 'x');
fs.symlinkSync('a/b', d + '/lb');
const order = [];
let pending = 4;
const done = (label) => (err) => {
  order.push(`${label}${err ? ' ' + err.code : ''}`);
  if (--pending === 0) {
    console.log(order.join(' | '));
    fs.rmSync(d, { recursive: true, force: true });
  }
};
fs.realpath(d + '/a/b/c/d/f', done('realpath'));
fs.access(d + '/a/b/c/d/f', done('access'));
setImmediate(() => {
  fs.realpath(d + '/lb/c/nope', done('realpath link missing'));
  fs.stat(d + '/lb', done('stat'));
});
