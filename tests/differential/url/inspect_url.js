// url differential: console.log of URL objects
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
const u = new URL('https://user:pw@a.com:81/b?c=1&d=2#e');
console.log(u);
console.log([u]);
console.log({ x: { y: { z: u } } });
console.log(new URL('mailto:x@y'));
