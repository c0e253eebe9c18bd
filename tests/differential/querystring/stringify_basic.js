// querystring differential: stringify basic
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => qs.stringify({ a: 1, b: 'x y', c: [1, 2] }));
show(() => qs.stringify({ a: true, b: false, c: null, d: undefined, e: NaN, f: Infinity, g: {}, h: [], i: 10n, k: -0 }));
show(() => qs.stringify({}));
show(() => qs.stringify('abc'));
show(() => qs.stringify(null));
show(() => qs.stringify([1, 2]));
