// querystring differential: parse basic
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => qs.parse('a=1&b=2&c=3'));
show(() => qs.parse('a=1&a=2&a=3&b=x'));
show(() => qs.parse(''));
show(() => qs.parse('a'));
show(() => qs.parse('a&b&&c'));
show(() => qs.parse('=&=x&y='));
