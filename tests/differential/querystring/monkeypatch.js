// querystring differential: monkeypatch
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
const orig = qs.unescape;
qs.unescape = (s) => 'U' + s;
show(() => qs.parse('a=b%41'));
qs.unescape = orig;
const origEsc = qs.escape;
qs.escape = (s) => 'E' + s;
show(() => qs.stringify({ a: 'b' }));
qs.escape = origEsc;
show(() => qs.stringify({ a: 'b' }));
