// A Buffer path stays a Buffer as a file stream's `path` (a file: URL becomes its string), as in
// Node; watchFile and unwatchFile resolve their path with path.resolve, which refuses a Buffer.
const fs = require('fs');
const path = require('path');
const os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-buffer-path-streams-'));
const f = d + '/f';
fs.writeFileSync(f, 'abc');
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.message);
  }
};
const rs = fs.createReadStream(Buffer.from(f), 'utf8');
console.log('ReadStream path', Buffer.isBuffer(rs.path), rs.path.length === Buffer.byteLength(f));
console.log('ReadStream URL path', typeof fs.createReadStream(new URL('file://' + f)).destroy().path);
rs.on('open', () => console.log('open: still a Buffer', Buffer.isBuffer(rs.path)));
rs.on('data', (c) => console.log('data', c));
rs.on('close', () => {
  const ws = fs.createWriteStream(Buffer.from(d + '/w'));
  console.log('WriteStream path', Buffer.isBuffer(ws.path));
  ws.end('xyz', () => {
    console.log('written', fs.readFileSync(d + '/w', 'utf8'));
    show('watchFile Buffer', () => fs.watchFile(Buffer.from(f), () => {}));
    show('unwatchFile Buffer', () => fs.unwatchFile(Buffer.from(f)));
    show('watchFile URL', () => fs.watchFile(new URL('file://' + f), () => {}).constructor.name);
    show('unwatchFile URL', () => fs.unwatchFile(new URL('file://' + f)));
    fs.rmSync(d, { recursive: true, force: true });
  });
});
