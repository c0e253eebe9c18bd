// inspect options with buffers: showHidden, colors off, depth, arrays of buffers
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const util = require('util');
const b = Buffer.from('abc');
b.meta = { x: 1 };
console.log(util.inspect(b));
console.log(util.inspect([b, b]));
console.log(util.inspect({ deep: { b } }, { depth: 1 }));
console.log(util.inspect(new Map([[1, Buffer.from('x')]])));
const h = Buffer.from('z');
Object.defineProperty(h, 'hidden', { value: 1, enumerable: false });
console.log(util.inspect(h), util.inspect(h, { showHidden: true }));
const s = Buffer.from('s');
s[Symbol('k')] = 2;
console.log(util.inspect(s));
console.log(util.inspect(Buffer.alloc(3), { compact: false }));
