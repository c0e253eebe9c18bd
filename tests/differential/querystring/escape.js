// querystring differential: escape
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
for (const s of ['a b&c=d/é😀~*()!\'', '', 'abc', '\u0000\u007f\u0080\uffff', '\ud800a', '\udc00\udc00']) show(() => qs.escape(s));
show(() => qs.escape('\ud800'));
show(() => qs.escape(5));
show(() => qs.escape(null));
show(() => qs.escape(undefined));
show(() => qs.escape([1, 2]));
show(() => qs.escape({ toString() { return 'x y'; } }));
