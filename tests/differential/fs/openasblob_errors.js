// fs.openAsBlob checks its options (an object, a string type) before the path; a file that
// cannot be opened is a TypeError with code ERR_INVALID_ARG_VALUE thrown at the call; the type
// is kept as given (not lowercased).
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-openasblob-');
fs.writeFileSync(d + '/f', 'hello');
const t = (label, f) => {
  try {
    const p = f();
    console.log(label, 'returned', p instanceof Promise);
    return p;
  } catch (e) {
    console.log(label, e.name, e.code, e.message, Object.keys(e).join(','));
    return undefined;
  }
};
t('options number', () => fs.openAsBlob(5, 5));
t('options null', () => fs.openAsBlob(d + '/f', null));
t('type number', () => fs.openAsBlob(5, { type: 5 }));
t('path number', () => fs.openAsBlob(5));
t('missing', () => fs.openAsBlob(d + '/nope'));
t('missing parent', () => fs.openAsBlob(d + '/nope/f'));
const ok = t('ok', () => fs.openAsBlob(d + '/f', { type: 'Text/Plain' }));
ok.then(async (b) => {
  console.log(b.size, b.type, await b.text(), await b.slice(1, 3).text());
  fs.rmSync(d, { recursive: true, force: true });
});
