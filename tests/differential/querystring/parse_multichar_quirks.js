// querystring differential: parse multichar quirks
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => qs.parse('a&&&b', '&&'));
show(() => qs.parse('aab', 'ab'));
show(() => qs.parse('k==v', '==', '='));
show(() => qs.parse('x=%41&&y', '&&', '&'));
show(() => qs.parse('a=1&', '&&'));
