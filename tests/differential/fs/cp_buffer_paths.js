// cp with Buffer paths: Node 20 takes them, then fails on them where its checks meet them:
// path.resolve's "paths[0]" once src is a directory, path.dirname's "path" for a file; a URL
// is a string by then. A symlink looping to itself copies as a link.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cp-buffer-');
const r = (s) => String(s).split(d).join('<tmp>');
fs.writeFileSync(d + '/f', 'x');
fs.mkdirSync(d + '/dir');
fs.writeFileSync(d + '/dir/g', 'y');
fs.symlinkSync('loop', d + '/loop');
const show = (tag, f) => {
  try {
    f();
    console.log(tag, 'ok');
  } catch (e) {
    console.log(tag, e.name, e.code, r(e.message));
  }
};
show('file', () => fs.cpSync(Buffer.from(d + '/f'), d + '/f2'));
show('file to a Buffer', () => fs.cpSync(d + '/f', Buffer.from(d + '/f3')));
show('dir', () => fs.cpSync(Buffer.from(d + '/dir'), d + '/dir2', { recursive: true }));
show('dir to a Buffer', () => fs.cpSync(d + '/dir', Buffer.from(d + '/dir3'), { recursive: true }));
show('dir into itself', () => fs.cpSync(Buffer.from(d + '/dir'), d + '/dir/sub', { recursive: true }));
show('URL', () => fs.cpSync(new URL('file://' + d + '/f'), d + '/f4'));
show('loop', () => fs.cpSync(d + '/loop', d + '/loop2'));
show('loop dereferenced', () => fs.cpSync(d + '/loop', d + '/loop3', { dereference: true }));
process.chdir(d);
show('Buffer .', () => fs.cpSync(Buffer.from('.'), d + '/dir/x', { recursive: true }));
show('.', () => fs.cpSync('.', d + '/dir/y', { recursive: true }));
fs.cp(Buffer.from(d + '/dir'), d + '/dir5', { recursive: true }, (e) => {
  console.log('cb dir', e && e.code, e && r(e.message));
  fs.cp(Buffer.from(d + '/f'), d + '/f5', (e) => {
    console.log('cb file', e && e.code, e && r(e.message));
    fs.promises.cp(Buffer.from('.'), d + '/dir/z', { recursive: true }).then(
      () => console.log('promise ok'),
      (e) => console.log('promise', e.code, r(e.message)),
    ).then(() => {
      console.log(fs.readdirSync(d).sort().join(' '), r(fs.readlinkSync(d + '/loop2')));
      process.chdir('/');
      fs.rmSync(d, { recursive: true, force: true });
    });
  });
});
