// querystring differential: unescape buffer
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
if (typeof Buffer === 'undefined') { console.log('no Buffer'); } else {
  for (const [s, sp] of [['é%zz%41+', false], ['a+b', true], ['%4', false], ['%e9%FF', false]]) {
    const b = qs.unescapeBuffer(s, sp);
    console.log(JSON.stringify(s), Array.from(b).join(','));
  }
}
