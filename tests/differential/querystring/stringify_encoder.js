// querystring differential: stringify encoder
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
const enc = (s) => '<' + s + '>';
show(() => qs.stringify({ a: 'b c', d: 1, e: '', f: null }, null, null, { encodeURIComponent: enc }));
show(() => qs.stringify({ a: 'b c' }, null, null, { encodeURIComponent: 5 }));
show(() => qs.stringify({ 'é': 'ü' }));
show(() => qs.stringify({ e: 1e21, f: -1e21, g: 1e-7 }));
