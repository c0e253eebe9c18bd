// writeFile's `flush` option must be a boolean in every form (checked before the data);
// appendFile keeps a flag it is given (even 'w', 'r+'), and appends only by default.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-flush-flag-');
const t = (label, f) => {
  try {
    const v = f();
    console.log(label, 'ok', v);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
t('writeFileSync flush true', () => fs.writeFileSync(d + '/f', 'x', { flush: true }));
t('writeFileSync flush false', () => fs.writeFileSync(d + '/f', 'x', { flush: false }));
t('writeFileSync flush null', () => fs.writeFileSync(d + '/f', 'x', { flush: null }));
t('writeFileSync flush str', () => fs.writeFileSync(d + '/f', 'x', { flush: 'yes' }));
t('writeFileSync flush before data', () => fs.writeFileSync(d + '/f', 5, { flush: 1 }));
t('appendFileSync flush 1', () => fs.appendFileSync(d + '/f', 'x', { flush: 1 }));
t('writeFile flush 1', () => fs.writeFile(d + '/f', 'x', { flush: 1 }, () => {}));
fs.writeFileSync(d + '/b', 'ZZ');
t('appendFileSync flag w', () => { fs.appendFileSync(d + '/b', 'W', { flag: 'w' }); return fs.readFileSync(d + '/b', 'utf8'); });
t('appendFileSync flag r+', () => { fs.appendFileSync(d + '/b', 'Q', { flag: 'r+' }); return fs.readFileSync(d + '/b', 'utf8'); });
t('appendFileSync default', () => { fs.appendFileSync(d + '/b', 'A'); return fs.readFileSync(d + '/b', 'utf8'); });
t('appendFileSync flag empty', () => { fs.appendFileSync(d + '/b', 'E', { flag: '' }); return fs.readFileSync(d + '/b', 'utf8'); });
t('appendFileSync enc string', () => { fs.appendFileSync(d + '/b', '4142', 'hex'); return fs.readFileSync(d + '/b', 'utf8'); });
t('appendFileSync fd flag w', () => {
  const fd = fs.openSync(d + '/b', 'r+');
  fs.appendFileSync(fd, 'W', { flag: 'w' });
  fs.closeSync(fd);
  return fs.readFileSync(d + '/b', 'utf8');
});
fs.appendFile(d + '/b', 'R', { flag: 'w' }, () => {
  console.log('cb', fs.readFileSync(d + '/b', 'utf8'));
  (async () => {
    for (const f of [() => fs.promises.writeFile(d + '/f', 'x', { flush: 1 }),
      () => fs.promises.writeFile(d + '/f', ['x'], { flush: 'no' }),
      () => fs.promises.appendFile(d + '/f', 'x', { flush: 1 })]) {
      try {
        await f();
        console.log('promise ok');
      } catch (e) {
        console.log('promise', e.code, e.message);
      }
    }
    await fs.promises.appendFile(d + '/b', 'S', { flag: 'w' });
    console.log('promise', fs.readFileSync(d + '/b', 'utf8'));
    fs.rmSync(d, { recursive: true, force: true });
  })();
});
