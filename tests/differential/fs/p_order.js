// promise results arrive in the poll phase, after ticks and microtasks
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-p-order-');
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
const log = [];
fsp.stat(d).then(() => {
  log.push('stat');
  setTimeout(() => log.push('timeout'), 0);
  setImmediate(() => log.push('immediate'));
});
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('microtask'));
process.on('exit', () => { console.log(log.join(' ')); cleanup(); });
