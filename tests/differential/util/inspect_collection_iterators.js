// util.inspect of Map and Set iterators: keys/values/entries previews, [Map Entries] for
// entries iterators, partial consumption, exhaustion, nesting and maxArrayLength.
const util = require('util');
const i = (v, o) => console.log(util.inspect(v, o));
const m = new Map([['a', 1], ['b', { deep: [1, 2] }], [{ k: 1 }, 'v']]);
const s = new Set([1, 'two', [3]]);
// NOTE: iterators from map[Symbol.iterator]() print without a preview in nodeboa (see README).
i(m.entries()); i(m.keys()); i(m.values());
i(s.values()); i(s.keys()); i(s.entries());
const it = m.keys();
it.next();
i(it);
it.next();
it.next();
i(it);
console.log(it.next());
i(it);
const se = s.entries();
se.next();
i(se);
const big = new Map(Array.from({ length: 150 }, (_, k) => [k, k * 2]));
i(big.values());
i(big.entries(), { maxArrayLength: 2 });
i(new Set([1, 2, 3]).values(), { maxArrayLength: 1 });
i({ nested: { it: m.values() } });
i([new Set(['x']).values(), new Map().keys()]);
const live = new Map([[1, 'one']]);
const liveIt = live.values();
live.set(2, 'two');
i(liveIt);
for (const v of liveIt) console.log('iterated', v);
i(liveIt);
i(m.entries(), { depth: 0 });
console.log(util.format('%o', new Set([5]).values()));
console.log([...m.keys()].length, Array.from(s.entries()).length, Set.prototype.keys === Set.prototype.values,
  Map.prototype.entries.name, Map.prototype.keys.length);
