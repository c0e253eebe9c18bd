// url differential: href setter and its failure
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
const u = new URL('https://a.com/p');
u.href = 'http://b.com/q?x#y'; console.log(u.href, u.host);
show(() => { u.href = 'bad'; });
console.log(u.href);
