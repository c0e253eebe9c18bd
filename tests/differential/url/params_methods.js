// url differential: URLSearchParams get/getAll/has/set/size
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
const p = new URLSearchParams('?a=1&b=2&a=3&c=%20x+y&d');
console.log(p.toString(), p.size, p.get('a'), p.getAll('a'), p.get('zz'), p.has('d'), p.get('d'), p.has('a', '3'), p.has('a', '4'));
p.set('a', 'new'); console.log(p.toString());
p.delete('a', 'nope'); console.log(p.toString());
p.delete('b', '2'); console.log(p.toString());
