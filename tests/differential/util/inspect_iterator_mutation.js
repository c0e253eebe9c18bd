// Map/Set iterator previews follow the collection: entries added before the iterator reaches
// them show up, deleted ones vanish, cleared collections preview empty, and iterators from
// subclasses and spread/Array.from keep working.
const util = require('util');
const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const it = m.values();
console.log(util.inspect(it));
m.set(4, 'd');
console.log(util.inspect(it));
m.delete(4);
console.log(util.inspect(it));
it.next();
console.log(util.inspect(it), it.next().value);
m.clear();
console.log(util.inspect(it), it.next());
const s = new Set(['x', 'y']);
const si = s.values();
s.add('z');
console.log(util.inspect(si), [...si], util.inspect(si));
class MyMap extends Map {}
const mm = new MyMap([['k', { deep: { deeper: {} } }]]);
console.log(util.inspect(mm.entries()), util.inspect(mm.entries(), { depth: 0 }));
console.log(Array.from(new Map([[1, 2]]).entries()), [...new Set([3]).entries()]);
console.log(util.inspect(new Map([[1, 2]]).keys(), { showHidden: true }));
for (const [k, v] of new Map([['loop', 1]])) console.log('for-of still works', k, v);
new Set([5, 6]).forEach((v) => console.log('forEach', v));
console.log(Object.prototype.toString.call(new Map().keys()), typeof new Set().values().next);
