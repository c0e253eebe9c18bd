// The callback forms of writeFile, appendFile and truncate go through fs.open, fs.write,
// fs.fsync, fs.close (and appendFile through fs.writeFile), as looked up on the module when
// called, so a program that replaces one of them sees the calls.
const fs = require('fs');
const dir = fs.mkdtempSync('/tmp/nodeboa-fs-cb-via-module-');
const file = `${dir}/data.txt`;
const hide = (v) => (typeof v === 'string' ? v.split(dir).join('<tmp>') : v);
const seen = [];
const saved = {};
for (const name of ['open', 'write', 'fsync', 'close', 'writeFile', 'ftruncate']) {
  saved[name] = fs[name];
  fs[name] = function(...args) {
    const shown = args.filter((a) => typeof a !== 'function').map((a, i) => {
      if (Buffer.isBuffer(a)) return `Buffer(${a.length})`;
      if (i === 0 && typeof a === 'number') return 'fd';
      if (a !== null && typeof a === 'object') return JSON.stringify(a);
      return String(hide(a));
    });
    seen.push(`${name}(${shown.join(', ')})`);
    return saved[name].apply(this, args);
  };
}
const steps = [
  ['writeFile buffer', (cb) => fs.writeFile(file, Buffer.from('abc'), cb)],
  ['writeFile string with flush', (cb) => fs.writeFile(file, 'defg', { flush: true }, cb)],
  ['writeFile empty', (cb) => fs.writeFile(file, '', cb)],
  ['appendFile', (cb) => fs.appendFile(file, 'hij', cb)],
  ['appendFile with mode', (cb) => fs.appendFile(file, 'k', { mode: 0o600 }, cb)],
  ['writeFile into a missing directory', (cb) => fs.writeFile(`${dir}/no/such`, 'x', cb)],
  ['truncate', (cb) => fs.truncate(file, 2, cb)],
  ['truncate a missing file', (cb) => fs.truncate(`${dir}/missing`, cb)],
];
const run = (i) => {
  if (i === steps.length) {
    Object.assign(fs, saved);
    console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
    fs.rmSync(dir, { recursive: true });
    return;
  }
  const [label, step] = steps[i];
  seen.length = 0;
  step((err) => {
    console.log(label, '=>', err ? `${err.code} ${err.syscall}` : 'done');
    for (const line of seen) console.log('   ', line);
    run(i + 1);
  });
};
run(0);
