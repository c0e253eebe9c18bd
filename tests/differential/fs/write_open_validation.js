// Node 20's checks on writeSync, openSync and truncate arguments: length must be an int32; the
// position is not validated: only a safe integer is one, anything else (a fraction, a BigInt, a
// string, a negative number) means the current position; numeric open flags must be int32s.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wov-'));
const f = path.join(dir, 'f');
fs.writeFileSync(f, 'hello world');
const fd = fs.openSync(f, 'r+');
const show = (name, fn) => {
  try {
    const r = fn();
    console.log(name, 'ok', r === undefined ? '' : r, JSON.stringify(fs.readFileSync(f, 'latin1')));
  } catch (e) {
    console.log(name, e.code, e.message.replaceAll(dir, 'D'));
  }
};
show('offset 1.5', () => fs.writeSync(fd, Buffer.from('abc'), 1.5));
show('length 1.5', () => fs.writeSync(fd, Buffer.from('abc'), 0, 1.5));
show('length 4', () => fs.writeSync(fd, Buffer.from('abc'), 0, 4));
show('position 1.5', () => fs.writeSync(fd, Buffer.from('A'), 0, 1, 1.5));
show('position -2', () => fs.writeSync(fd, Buffer.from('B'), 0, 1, -2));
show('position 6n', () => fs.writeSync(fd, Buffer.from('C'), 0, 1, 6n));
show('position "1"', () => fs.writeSync(fd, Buffer.from('D'), 0, 1, '1'));
show('position null', () => fs.writeSync(fd, Buffer.from('E'), 0, 1, null));
show('string at 8.9', () => fs.writeSync(fd, 'F', 8.9));
show('string at "0"', () => fs.writeSync(fd, 'G', '0'));
show('string at 9n', () => fs.writeSync(fd, 'H', 9n, 'utf8'));
show('options object', () => fs.writeSync(fd, Buffer.from('xyz'), { offset: 1, length: 1, position: 10 }));
for (const flags of [1.5, 2 ** 31, NaN, 1e10]) show(`open flags ${flags}`, () => fs.openSync(f, flags));
show('writeFile flag 1.5', () => fs.writeFileSync(f, 'x', { flag: 1.5 }));
show('readFile flag NaN', () => fs.readFileSync(f, { flag: NaN }));
show('truncate 1.5', () => fs.truncateSync(f, 1.5));
show('truncate "3"', () => fs.truncateSync(f, '3'));
show('ftruncate NaN', () => fs.ftruncateSync(fd, NaN));
show('ftruncate 4', () => fs.ftruncateSync(fd, 4));
fs.closeSync(fd);
fs.rmSync(dir, { recursive: true });
