// cp's options as Node 20's validateCpOptions checks them (before the paths): an object, boolean
// flags, mode 0..7, filter a function, dereference with verbatimSymlinks refused; a sync filter
// returning a promise is ERR_INVALID_RETURN_VALUE; Buffer paths fail after the top entry is
// checked (a missing one is ENOENT first); the callback and promise forms report the same.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cp-opts-');
const r = (s) => String(s).split(d).join('<tmp>');
fs.writeFileSync(d + '/a', 'a');
const t = (label, f) => {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, r(e.message));
  }
};
t('buffer src', () => fs.cpSync(Buffer.from(d + '/a'), d + '/b'));
t('buffer dest', () => fs.cpSync(d + '/a', Buffer.from(d + '/c')));
t('buffer src missing', () => fs.cpSync(Buffer.from(d + '/nope'), d + '/b'));
t('pair', () => fs.cpSync(d + '/a', d + '/x', { dereference: true, verbatimSymlinks: true }));
t('mode 8', () => fs.cpSync(d + '/a', d + '/x', { mode: 8 }));
t('mode str', () => fs.cpSync(d + '/a', d + '/x', { mode: 'x' }));
t('mode 1.5', () => fs.cpSync(d + '/a', d + '/x', { mode: 1.5 }));
t('mode excl', () => fs.cpSync(d + '/a', d + '/a2', { mode: fs.constants.COPYFILE_EXCL }));
t('mode excl again', () => fs.cpSync(d + '/a', d + '/a2', { mode: fs.constants.COPYFILE_EXCL }));
t('opts null', () => fs.cpSync(d + '/a', d + '/x', null));
t('opts str', () => fs.cpSync(d + '/a', d + '/x', 'str'));
t('opts array', () => fs.cpSync(d + '/a', d + '/x', []));
t('opts fn', () => fs.cpSync(d + '/a', d + '/x', () => {}));
t('opts before src', () => fs.cpSync(5, d + '/x', { force: 1 }));
for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
  t(k, () => fs.cpSync(d + '/a', d + '/x', { [k]: 'yes' }));
}
t('filter null', () => fs.cpSync(d + '/a', d + '/x', { filter: null }));
t('filter undefined', () => fs.cpSync(d + '/a', d + '/x1', { filter: undefined }));
t('filter promise', () => fs.cpSync(d + '/a', d + '/x2', { filter: () => Promise.resolve(true) }));
t('filter thenable', () => fs.cpSync(d + '/a', d + '/x3', { filter: () => ({ then() {} }) }));
t('cb bad opts', () => fs.cp(d + '/a', d + '/x', { force: 1 }, () => console.log('called')));
t('cb missing', () => fs.cp(d + '/a', d + '/x', { force: 1 }));
t('cb bad src', () => fs.cp(5, d + '/x', () => console.log('called')));
console.log(fs.readdirSync(d).sort().join(','));
(async () => {
  for (const [label, args] of [['bad opts', [d + '/a', d + '/x', { force: 1 }]], ['null opts', [d + '/a', d + '/x', null]],
    ['bad src', [5, d + '/x']], ['buffer', [Buffer.from(d + '/a'), d + '/x9']], ['bad filter', [d + '/a', d + '/x', { filter: 1 }]]]) {
    try {
      await fs.promises.cp(...args);
      console.log('promise', label, 'ok');
    } catch (e) {
      console.log('promise', label, e.code, r(e.message));
    }
  }
  await fs.promises.cp(d + '/a', d + '/x8', { filter: () => Promise.resolve(false) });
  console.log('async filter false', fs.existsSync(d + '/x8'));
  fs.cp(Buffer.from(d + '/a'), d + '/x6', (e) => {
    console.log('cb buffer', e.code, r(e.message));
    fs.rmSync(d, { recursive: true, force: true });
  });
})();
