// util.inspect of Proxies (with and without showProxy), Symbol.toStringTag, and objects,
// functions, arrays and collections with a null prototype.
const util = require('util');
const i = (v, o) => console.log(util.inspect(v, o));
const target = { t: 1 }; const handler = { get: () => 5 }; const px = new Proxy(target, handler);
i(px); i(px, { showProxy: true }); i(new Proxy([1, 2], {}), { showProxy: true }); i(new Proxy(px, {}), { showProxy: true });
i(new Proxy(function pf() {}, {})); i({ nested: px }, { showProxy: true }); i(new Proxy(function pf() {}, {}), { showProxy: true });
i({ [Symbol.toStringTag]: 'Custom' }); i(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'NullTag', v: 1 }));
class Tagged { get [Symbol.toStringTag]() { return 'Tg'; } } i(new Tagged()); i(Object.assign(new Tagged(), { v: 1 }));
class SameTag { get [Symbol.toStringTag]() { return 'SameTag'; } } i(new SameTag());
const f = function nf() {}; Object.setPrototypeOf(f, null); i(f); const af = () => {}; Object.setPrototypeOf(af, null); i(af);
const na = [1]; Object.setPrototypeOf(na, null); i(na); const nm = new Map([[1, 2]]); Object.setPrototypeOf(nm, null); i(nm);
const ns = new Set([1]); Object.setPrototypeOf(ns, null); i(ns);
const nd = new Date(0); Object.setPrototypeOf(nd, null); i(nd); const nr = /x/; Object.setPrototypeOf(nr, null); i(nr);
const nt = new Uint8Array(2); Object.setPrototypeOf(nt, null); i(nt); const np = Promise.resolve(1); Object.setPrototypeOf(np, null); i(np);
const npo = Object.create(null); npo.x = 1; i(npo); i(Object.create(null));
i(new WeakMap()); i(new WeakSet()); i(new WeakRef({}));
