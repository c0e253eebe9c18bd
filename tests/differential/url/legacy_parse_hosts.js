// url differential: url.parse host edge cases
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
for (const c of ['http://[::1]:3000/x', 'http://user@host', 'http://:@host/', 'http://host:/p', 'http://a_b.com/', 'http://a!b.com/x', 'http://a*b.com/x', 'http://a..b/', 'http://münchen.de/ä?ö#ü']) {
  const u = url.parse(c);
  console.log(JSON.stringify([u.auth, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.href]));
}
show(() => url.parse('http://xn--zz/'));
