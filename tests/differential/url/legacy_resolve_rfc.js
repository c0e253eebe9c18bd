// url differential: url.resolve with the RFC 3986 examples
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
const base = 'http://a/b/c/d;p?q';
for (const r of ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', '', '.', './', '..', '../', '../g', '../..', '../../g', '../../../g', '/./g', 'g.']) console.log(JSON.stringify(r), url.resolve(base, r));
