// ReadStream.prototype.open and WriteStream.prototype.open exist as Node's deprecated no-ops
// (DEP0135): enumerable, in Node's place among the prototype's own properties.
const fs = require('fs');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
for (const S of [fs.ReadStream, fs.WriteStream]) {
  const P = S.prototype;
  console.log(S.name, Object.getOwnPropertyNames(P).join(','));
  console.log(typeof P.open, P.open.name, P.open.length, Object.keys(P).join(','));
  console.log(P.open.call({}));
}
const rs = fs.createReadStream(__filename, { start: 0, end: 1 });
const own = [];
for (const k in rs) if (typeof rs[k] === 'function' && Object.prototype.hasOwnProperty.call(fs.ReadStream.prototype, k)) own.push(k);
console.log(own.join(','));
rs.destroy();
