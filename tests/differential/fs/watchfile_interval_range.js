// watchFile's interval: a number (else ERR_INVALID_ARG_TYPE), and for a new watcher a uint32
// (ERR_OUT_OF_RANGE for -1, 1.5, Infinity); a watcher already there takes any number.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-watchfile-interval-');
fs.writeFileSync(d + '/f', 'x');
const t = (label, f) => {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
for (const interval of ['x', -1, 1.5, Infinity, NaN, 2 ** 32]) {
  t(`new ${String(interval)}`, () => fs.watchFile(d + '/f', { interval }, () => {}));
}
console.log(fs.watchFile(d + '/f', { interval: 10 }, () => {}).constructor.name);
t('existing -1', () => fs.watchFile(d + '/f', { interval: -1 }, () => {}));
t('existing x', () => fs.watchFile(d + '/f', { interval: 'x' }, () => {}));
fs.unwatchFile(d + '/f');
fs.rmSync(d, { recursive: true, force: true });
