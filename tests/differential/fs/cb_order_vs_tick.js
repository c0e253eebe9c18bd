// fs callbacks come after nextTick and microtasks
// NOTE: no setImmediate here: whether an fs callback beats an immediate queued at the top level
// is a race with the pool thread, in node as here (CI once saw it lose on a loaded machine).
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-order-vs-tick-');
const r = (s) => String(s).split(d).join('<tmp>');
const show = (f) => {
  try {
    const v = f();
    console.log('ok', v === undefined ? '' : r(typeof v === 'string' ? v : JSON.stringify(v)));
  } catch (e) {
    console.log(e.code, e.syscall, e.errno, r(e.message));
  }
};
const cleanup = () => fs.rmSync(d, { recursive: true, force: true });
fs.readdir(d, () => console.log('readdir'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('main');
process.on('exit', () => cleanup());
