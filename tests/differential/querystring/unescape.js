// querystring differential: unescape
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
for (const s of ['a%20b', 'a+b', '%E0%A4%41', '%ff%fe', '%zz', '%', '%4', '', '%C3%A9']) show(() => qs.unescape(s));
show(() => qs.unescape('%zz+', true));
show(() => qs.unescape('%41+', true));
show(() => qs.unescape(5));
