// fs.cp calls back as a callbackified promise: (null, undefined) when the copy succeeds (two
// arguments, with or without a filter), the error alone when it fails.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cp-cb-args-');
fs.mkdirSync(d + '/src/sub', { recursive: true });
fs.writeFileSync(d + '/src/a.txt', 'a');
fs.writeFileSync(d + '/src/sub/b.txt', 'b');
const report = (label, next) => function (...args) {
  const shown = args.map((a) => (a === null ? 'null' : a === undefined ? 'undefined' : a.code));
  console.log(label, arguments.length, shown.join(','));
  next();
};
const steps = [
  (next) => fs.cp(d + '/src/a.txt', d + '/copy.txt', report('file', next)),
  (next) => fs.cp(d + '/src', d + '/tree', { recursive: true }, report('tree', next)),
  (next) => fs.cp(d + '/src', d + '/filtered', { recursive: true, filter: (p) => !p.endsWith('b.txt') },
    report('filtered', next)),
  (next) => fs.cp(d + '/src', d + '/norec', report('no recursive', next)),
  (next) => fs.cp(d + '/missing', d + '/x', report('missing', next)),
  (next) => fs.cp(d + '/src', d + '/src', { recursive: true }, report('same', next)),
];
const run = (i) => {
  if (i === steps.length) {
    console.log(fs.readdirSync(d + '/filtered', { recursive: true }).sort().join(' '));
    fs.rmSync(d, { recursive: true, force: true });
    return;
  }
  steps[i](() => run(i + 1));
};
run(0);
