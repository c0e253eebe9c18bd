// querystring differential: stringify nested
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => qs.stringify({ a: [null, undefined, 'x', [1]] }));
show(() => qs.stringify({ a: { b: 1 } }));
show(() => qs.stringify(Object.create({ inherited: 1 })));
show(() => qs.stringify(new Map([[1, 2]])));
show(() => qs.stringify({ s: Symbol('q') }));
