// querystring differential: parse proto keys
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
const o = qs.parse('__proto__=1&toString=2&hasOwnProperty=3&constructor=4');
console.log(Object.getPrototypeOf(o), JSON.stringify(o), Object.keys(o).join(','));
show(() => qs.parse(5));
show(() => qs.parse(null));
show(() => qs.parse({}));
