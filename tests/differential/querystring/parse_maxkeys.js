// querystring differential: parse maxkeys
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
const s = 'a=1&b=2&c=3&d=4';
for (const maxKeys of [0, 1, 2, 3, -1, 1.5, NaN, '2', 100]) show(() => qs.parse(s, null, null, { maxKeys }));
show(() => qs.parse('&&a=1&b=2', null, null, { maxKeys: 2 }));
