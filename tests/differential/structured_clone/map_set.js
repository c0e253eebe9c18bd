// structuredClone copies Map and Set, cloning keys and values.
const key = { k: 1 };
const m = new Map([[key, { v: 1 }], ['s', [1, 2]]]);
const cm = structuredClone(m);
console.log(cm instanceof Map, cm.size, cm !== m, [...cm.keys()][0] !== key, [...cm.keys()][0]);
console.log(cm);
const s = new Set([1, 'two', { three: 3 }]);
const cs = structuredClone(s);
console.log(cs instanceof Set, cs);
const both = new Map([['set', s], ['again', s]]);
const cb = structuredClone(both);
console.log(cb.get('set') === cb.get('again'));
