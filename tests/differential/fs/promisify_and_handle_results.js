// util.promisify(fs.read/write/readv/writev) resolves to an object of the callback's results,
// promisify(fs.exists) to the boolean; FileHandle's read/readv/write/writev resolve to
// null-prototype objects, as Node's.
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'promisify-'));
const f = path.join(dir, 'f');
fs.writeFileSync(f, 'abc');
const show = (name, r) => console.log(name, Object.getPrototypeOf(r) === null ? 'null-prototype' : typeof r, r);
(async () => {
  const fh = await fs.promises.open(f, 'r+');
  show('read', await fh.read(Buffer.alloc(2), 0, 2, 0));
  show('readv', await fh.readv([Buffer.alloc(1)], 0));
  show('write string', await fh.write('x', 0));
  show('write buffer', await fh.write(Buffer.from('y'), 0, 1, 1));
  show('writev', await fh.writev([Buffer.from('z')], 2));
  await fh.close();
  const fd = fs.openSync(f, 'r+');
  show('promisified read', await util.promisify(fs.read)(fd, Buffer.alloc(2), 0, 2, 0));
  show('promisified write', await util.promisify(fs.write)(fd, 'q', 0));
  show('promisified readv', await util.promisify(fs.readv)(fd, [Buffer.alloc(3)], 0));
  show('promisified writev', await util.promisify(fs.writev)(fd, [Buffer.from('!')], 3));
  fs.closeSync(fd);
  const exists = util.promisify(fs.exists);
  console.log('exists', exists.name, await exists(f), await exists(path.join(dir, 'nope')));
  console.log(fs.readFileSync(f, 'utf8'));
  fs.rmSync(dir, { recursive: true });
})();
