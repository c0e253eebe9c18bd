// util.inspect of buffers: bytes, truncation after 50, extra properties, nesting
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const util = require('util');
console.log(Buffer.from('hi'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(50, 1));
console.log(Buffer.alloc(51, 2));
console.log(Buffer.alloc(60, 3));
const b = Buffer.from('hi');
b.foo = 1;
b.bar = 'x';
console.log(b);
console.log([b], { b });
const e = Buffer.alloc(0);
e.x = 'y';
console.log(e);
console.log(util.inspect(Buffer.from('hi'), { showHidden: true }));
console.log(util.format('%o', Buffer.from('a')));
console.log(util.inspect({ a: { b: { c: Buffer.from('x') } } }, { depth: 0 }));
console.log(util.inspect(new Uint8Array([1, 2])));
console.log(String(Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')] === Buffer.prototype.inspect));
