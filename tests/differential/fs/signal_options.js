// An fs options object's `signal` must be an AbortSignal (Node's getOptions checks it, in every
// form that takes options); writeFile and appendFile with an aborted signal call back at once
// (before the next tick) with an AbortError and write nothing, as readFile does.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-signal-options-');
const order = [];
const t = (label, f) => {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
fs.writeFile(d + '/f', 'x', { signal: AbortSignal.abort() }, (e) => order.push(`writeFile ${e.name} ${e.code}`));
fs.appendFile(d + '/g', 'x', { signal: AbortSignal.abort() }, (e) => order.push(`appendFile ${e.name}`));
fs.readFile(__filename, { signal: AbortSignal.abort() }, (e) => order.push(`readFile ${e.name}`));
process.nextTick(() => order.push('tick'));
t('writeFile bad data aborted', () => fs.writeFile(d + '/f', 5, { signal: AbortSignal.abort() }, () => {}));
t('writeFile bad signal', () => fs.writeFile(d + '/h', 'x', { signal: 5 }, () => {}));
t('readFile bad signal', () => fs.readFile(d + '/h', { signal: {} }, () => {}));
t('readFileSync bad signal', () => fs.readFileSync(__filename, { signal: 'x' }));
t('readdirSync bad signal', () => fs.readdirSync(d, { signal: null }));
t('writeFileSync aborted', () => fs.writeFileSync(d + '/s', 'x', { signal: AbortSignal.abort() }));
console.log(fs.existsSync(d + '/s'));
process.nextTick(() => {
  console.log(order.join(' | '), fs.existsSync(d + '/f'), fs.existsSync(d + '/g'));
  (async () => {
    for (const f of [() => fs.promises.writeFile(d + '/h', 'x', { signal: 5 }),
      () => fs.promises.readFile(d + '/h', { signal: 5 })]) {
      try {
        await f();
        console.log('promise ok');
      } catch (e) {
        console.log('promise', e.code, e.message);
      }
    }
    fs.rmSync(d, { recursive: true, force: true });
  })();
});
