// url differential: URLSearchParams argument errors
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
show(() => new URLSearchParams([['a']]));
show(() => new URLSearchParams([1]));
const p = new URLSearchParams();
show(() => p.get());
show(() => p.append('x'));
show(() => p.set('x'));
show(() => p.has());
show(() => p.delete());
show(() => p.getAll());
show(() => p.forEach(5));
