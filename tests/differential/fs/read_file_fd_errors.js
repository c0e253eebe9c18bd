// readFileSync on descriptors: one not open fails at fstat, one open only for writing (stdout) at
// read; Node's fd test is `v === (v | 0)`, so a BigInt throws a TypeError and an object's valueOf
// is called before the path is validated.
const fs = require('fs');
const show = (name, f) => {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.name, e.code, e.syscall, e.code ? e.message : '');
  }
};
show('not open', () => fs.readFileSync(99));
show('write-only stdout', () => fs.readFileSync(1));
show('write-only stdout utf8', () => fs.readFileSync(1, 'utf8'));
show('bigint', () => fs.readFileSync(42n));
show('bigint utf8', () => fs.readFileSync(42n, 'utf8'));
show('bigint write', () => fs.writeFileSync(42n, 'x'));
show('valueOf', () => fs.readFileSync({ valueOf() { console.log('valueOf called'); return 3; } }));
show('negative', () => fs.readFileSync(-1));
show('fraction', () => fs.readFileSync(1.5));
show('write not open', () => fs.writeFileSync(99, 'x'));
