// Names and paths returned in a non-UTF-8 encoding (hex, base64, latin1, ...): readdir (plain and
// withFileTypes, all forms), readlink, realpath and realpath.native, opendir entries; a Buffer
// path is kept as given in Dirent#parentPath and Dir#path.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-result-enc-');
const r = (s) => String(s).split(d).join('<tmp>');
const tail = (x) => (typeof x === 'string' ? x.slice(-12) : x.subarray(-4));
fs.mkdirSync(d + '/dé');
fs.writeFileSync(d + '/dé/fé', '');
fs.symlinkSync('tgé', d + '/l');
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le', 'utf8', 'UTF-8', 'HEX', 'buffer']) {
  console.log(enc,
    fs.readdirSync(d + '/dé', enc),
    fs.readdirSync(d + '/dé', { encoding: enc }),
    fs.readdirSync(d + '/dé', { encoding: enc, withFileTypes: true })[0].name,
    fs.readlinkSync(d + '/l', enc),
    tail(fs.realpathSync(d + '/dé', enc)) + '' === tail(fs.realpathSync.native(d + '/dé', { encoding: enc })) + '');
}
console.log(fs.realpathSync(d + '/dé', 'hex').endsWith(Buffer.from('/dé').toString('hex')));
const dir = fs.opendirSync(d + '/dé', { encoding: 'hex' });
console.log('dir', dir.readSync().name);
dir.closeSync();
const bufPath = Buffer.from(d + '/dé');
const ents = fs.readdirSync(bufPath, { withFileTypes: true });
console.log(Buffer.isBuffer(ents[0].parentPath), ents[0].parentPath === bufPath, ents[0].path === bufPath, ents[0].name);
const ents2 = fs.readdirSync(bufPath, { withFileTypes: true, encoding: 'buffer' });
console.log(ents2[0].name, r(ents2[0].parentPath.toString()));
const dir2 = fs.opendirSync(bufPath);
console.log(dir2.path === bufPath, dir2.readSync().parentPath === bufPath);
dir2.closeSync();
const ents3 = fs.readdirSync(new URL('file://' + d + '/d%C3%A9'), { withFileTypes: true });
console.log(typeof ents3[0].parentPath, r(ents3[0].parentPath));
fs.readdir(d + '/dé', 'base64', (e, names) => {
  console.log('cb', names);
  fs.readdir(d + '/dé', { encoding: 'latin1', withFileTypes: true }, (e2, dirents) => {
    console.log('cb dirents', dirents[0].name);
    fs.realpath(d + '/dé', 'hex', (e3, p) => {
      console.log('cb realpath', p.endsWith('2f64c3a9'));
      fs.promises.readdir(d + '/dé', 'hex').then((x) => {
        console.log('promise', x);
        return fs.promises.readlink(d + '/l', { encoding: 'base64' });
      }).then((x) => {
        console.log('promise readlink', x);
        fs.opendir(bufPath, (e4, dir3) => {
          console.log('opendir cb', dir3.path === bufPath);
          dir3.closeSync();
          fs.rmSync(d, { recursive: true, force: true });
        });
      });
    });
  });
});
