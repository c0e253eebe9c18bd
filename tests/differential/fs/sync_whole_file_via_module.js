// readFileSync, writeFileSync, appendFileSync and truncateSync go through fs.openSync,
// fs.readSync, fs.writeSync, fs.fsyncSync, fs.ftruncateSync and fs.closeSync (as looked up on
// the module when called), except on their C++ 'utf8' paths; the callback and promise forms do
// not use the sync functions.
const fs = require('fs');
const dir = fs.mkdtempSync('/tmp/nodeboa-fs-sync-via-module-');
const hide = (v) => (typeof v === 'string' ? v.split(dir).join('<tmp>') : v);
const describe = (v) => {
  if (Buffer.isBuffer(v)) return `Buffer(${v.length})`;
  if (ArrayBuffer.isView(v)) return `${v.constructor.name}(${v.byteLength})`;
  return String(hide(v));
};
const seen = [];
let recording = false;
const saved = {};
const fds = new Map();
const fdName = (fd) => {
  if (!fds.has(fd)) fds.set(fd, `fd${fds.size + 1}`);
  return fds.get(fd);
};
for (const name of ['openSync', 'readSync', 'writeSync', 'fsyncSync', 'ftruncateSync', 'closeSync', 'writeFileSync']) {
  saved[name] = fs[name];
  fs[name] = function(...args) {
    if (!recording) return saved[name].apply(this, args);
    const shown = args.map((a, i) => (i === 0 && typeof a === 'number' ? fdName(a) : describe(a)));
    const at = seen.push(`${name}(${shown.join(', ')})`) - 1;
    const result = saved[name].apply(this, args);
    if (name === 'openSync') seen[at] += ` -> ${fdName(result)}`;
    return result;
  };
}
const trace = (label, op) => {
  seen.length = 0;
  fds.clear();
  let outcome;
  recording = true;
  try {
    const r = op();
    outcome = r === undefined ? 'done' : describe(r);
  } catch (e) {
    outcome = `${e.code} ${e.syscall}`;
  }
  recording = false;
  console.log(label, '=>', outcome);
  for (const line of seen) console.log('   ', line);
};
const file = `${dir}/data.bin`;
trace('write buffer', () => fs.writeFileSync(file, Buffer.from('hello there')));
trace('write utf8 string (fast path)', () => fs.writeFileSync(file, 'plain'));
trace('write string with options object', () => fs.writeFileSync(file, 'moded', { mode: 0o640 }));
trace('write latin1 string', () => fs.writeFileSync(file, 'caf\u00e9', 'latin1'));
trace('write with flush', () => fs.writeFileSync(file, new Uint8Array([65, 66]), { flush: true }));
trace('write empty buffer', () => fs.writeFileSync(file, Buffer.alloc(0)));
trace('write into a missing directory', () => fs.writeFileSync(`${dir}/no/file`, Buffer.from('x')));
trace('append string (fast path)', () => fs.appendFileSync(file, 'more'));
trace('append with options object', () => fs.appendFileSync(file, 'tail', { mode: 0o600 }));
trace('read as buffer', () => fs.readFileSync(file));
trace('read as hex', () => fs.readFileSync(file, 'hex'));
trace('read as utf8 (fast path)', () => fs.readFileSync(file, { encoding: 'utf8' }));
trace('read a directory', () => fs.readFileSync(dir));
trace('read a missing file', () => fs.readFileSync(`${dir}/missing`));
const fd = saved.openSync(file, 'r+');
trace('read from a descriptor', () => fs.readFileSync(fd, 'base64'));
trace('write to a descriptor', () => fs.writeFileSync(fd, Buffer.from('!')));
saved.closeSync(fd);
trace('truncate', () => fs.truncateSync(file, 3));
trace('truncate a missing file', () => fs.truncateSync(`${dir}/missing`));
console.log(fs.readFileSync(file, 'latin1'));

// The callback and promise forms take none of these routes.
seen.length = 0;
recording = true;
fs.writeFile(file, Buffer.from('cb'), () => {
  fs.readFile(file, () => {
    fs.truncate(file, 1, async () => {
      await fs.promises.appendFile(file, Buffer.from('p'));
      await fs.promises.readFile(file);
      recording = false;
      console.log('calls from the other forms:', seen.length);
      Object.assign(fs, saved);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
