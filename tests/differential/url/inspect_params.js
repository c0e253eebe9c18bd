// url differential: console.log of URLSearchParams and its iterators
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
const p = new URLSearchParams('a=1&b=2&c=' + 'x'.repeat(80));
console.log(p);
console.log(new URLSearchParams());
console.log(new URLSearchParams('q=1'));
const it = new URLSearchParams('a=1&b=2&c=3').entries(); it.next();
console.log(it);
console.log(new URLSearchParams('a=1&b=2').keys(), new URLSearchParams('a=1').values());
console.log(new URLSearchParams().entries());
