// Recursive readdir with encodings and Buffer paths, as Node 20: names come in the asked
// encoding and are joined onto their directory as they are, so a Buffer base path or Buffer names
// make path.join throw once there is something to join, and hex names are not walked into (with
// withFileTypes, the walk fails on the hex-named directory); an empty directory lists fine.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-readdir-rec-enc-');
const r = (s) => String(s).split(d).join('<tmp>');
fs.mkdirSync(d + '/a/b', { recursive: true });
fs.writeFileSync(d + '/a/b/f', '');
fs.writeFileSync(d + '/a/g', '');
fs.mkdirSync(d + '/empty');
fs.mkdirSync(d + '/flat');
fs.writeFileSync(d + '/flat/x', '');
const t = (label, f) => {
  try {
    console.log(label, 'ok', r(JSON.stringify(f())));
  } catch (e) {
    console.log(label, e.code, r(e.message));
  }
};
t('plain', () => fs.readdirSync(d + '/a', { recursive: true }).sort());
t('hex', () => fs.readdirSync(d + '/a', { recursive: true, encoding: 'hex' }).sort());
t('hex types', () => fs.readdirSync(d + '/a', { recursive: true, encoding: 'hex', withFileTypes: true }).length);
t('base64 flat', () => fs.readdirSync(d + '/flat', { recursive: true, encoding: 'base64' }));
t('buffer', () => fs.readdirSync(d + '/a', { recursive: true, encoding: 'buffer' }));
t('buffer types', () => fs.readdirSync(d + '/a', { recursive: true, encoding: 'buffer', withFileTypes: true }).length);
t('buffer types flat', () => fs.readdirSync(d + '/flat', { recursive: true, encoding: 'buffer', withFileTypes: true })
  .map((e) => [e.name.toString(), r(e.parentPath)]));
t('buffer path', () => fs.readdirSync(Buffer.from(d + '/a'), { recursive: true }));
t('buffer path empty', () => fs.readdirSync(Buffer.from(d + '/empty'), { recursive: true }));
t('buffer path types flat', () => fs.readdirSync(Buffer.from(d + '/flat'), { recursive: true, withFileTypes: true })
  .map((e) => [e.name, Buffer.isBuffer(e.parentPath)]));
t('url path', () => fs.readdirSync(new URL('file://' + d + '/a'), { recursive: true }).sort());
(async () => {
  for (const [label, args] of [['promise buffer path', [Buffer.from(d + '/a'), { recursive: true }]],
    ['promise hex', [d + '/a', { recursive: true, encoding: 'hex' }]]]) {
    try {
      console.log(label, 'ok', JSON.stringify((await fs.promises.readdir(...args)).sort()));
    } catch (e) {
      console.log(label, e.code, r(e.message));
    }
  }
  try {
    fs.readdir(Buffer.from(d + '/a'), { recursive: true }, () => console.log('cb called'));
  } catch (e) {
    console.log('cb buffer path', e.code, r(e.message));
  }
  fs.rmSync(d, { recursive: true, force: true });
})();
