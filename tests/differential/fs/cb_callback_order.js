// callbacks of several concurrent operations each run once (node's pool may complete them in any order, so the set is printed sorted)
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-callback-order-');
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
const order = [];
fs.writeFile(d + '/a', '1', () => order.push('writeFile'));
fs.stat(d, () => order.push('stat'));
fs.readdir(d, () => order.push('readdir'));
fs.mkdir(d + '/x', () => order.push('mkdir'));
fs.access(d, () => order.push('access'));
process.on('exit', () => { console.log(order.slice().sort().join(' '), order.length); cleanup(); });
