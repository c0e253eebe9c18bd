// `flush: true` makes writeFileSync/appendFileSync call the module's fsyncSync, and the callback
// forms its fsync, so a replaced function sees the call; appendFileSync goes through the
// module's writeFileSync. Without flush (or with false/null) neither is called.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-flush-fsync-');
const calls = [];
for (const name of ['fsyncSync', 'fsync', 'writeFileSync']) {
  const real = fs[name];
  fs[name] = function (...args) {
    calls.push(`${name}(${args.map((a) => typeof a).join(', ')})`);
    return real.apply(this, args);
  };
}
const step = (label) => {
  console.log(label, calls.splice(0).join(' ') || '-');
};
fs.writeFileSync(d + '/a', 'one', { flush: true });
step('writeFileSync flush');
fs.appendFileSync(d + '/a', 'two', { flush: true });
step('appendFileSync flush');
for (const v of [false, null, undefined]) {
  fs.appendFileSync(d + '/a', '.', { flush: v });
  step(`appendFileSync flush=${v}`);
}
const fd = fs.openSync(d + '/b', 'w');
fs.writeFileSync(fd, 'fd', { flush: true });
step('writeFileSync fd flush');
fs.closeSync(fd);
console.log(fs.readFileSync(d + '/a', 'utf8'), fs.readFileSync(d + '/b', 'utf8'));
fs.writeFile(d + '/c', 'three', { flush: true }, (err) => {
  step('writeFile flush');
  fs.appendFile(d + '/c', 'four', { flush: false }, (err2) => {
    step('appendFile no flush');
    console.log(err, err2, fs.readFileSync(d + '/c', 'utf8'));
    fs.rmSync(d, { recursive: true, force: true });
  });
});
