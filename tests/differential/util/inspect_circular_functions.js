// util.inspect of circular structures (through Maps, Sets, arrays and objects, with <ref *N>
// markers) and of functions of every kind, with properties and a null prototype.
const util = require('util');
const i = (v, o) => console.log(util.inspect(v, o));
const cm = new Map(); cm.set('me', cm); cm.set('obj', { back: cm }); i(cm); const co = { m: new Map() }; co.m.set('o', co); i(co);
const cs = new Set(); cs.add({ s: cs }); i(cs); const ca = [1]; ca.push(ca); i(ca); const c2 = {}; c2.a = { b: c2 }; c2.c = c2.a; i(c2);
const two = { name: 'x' }; two.self = two; const other = { two, o: {} }; other.o.up = other; i(other);
i(async function af() {}); i(function* gf() {}); i(async function* agf() {}); i(() => {}); i(function () {});
i(Object.assign(function withProps() {}, { a: 1, b: 'x' })); i(Object.assign(class K {}, { s: 1 }));
i([Math.max, Array.prototype.push, class {}, class X extends Array {}]);
i(Object.defineProperty(function renamed() {}, 'name', { value: 'other' })); i(Object.defineProperty(() => {}, 'name', { value: '' }));
i(new Map([[{ a: 1 }, new Set([[1, 2]])]])); i(new Map([[NaN, -0]]));
i(new Map([[{ a: 1 }, { b: { c: { d: {} } } }]]), { depth: 1 });
