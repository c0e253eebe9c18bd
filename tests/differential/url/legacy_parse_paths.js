// url differential: url.parse of bare paths and query strings
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
for (const c of ['/p/a/t/h?x=1&y=2', '?only=query', '#only-hash', '', 'host.com/x', '/a b']) console.log(url.parse(c));
