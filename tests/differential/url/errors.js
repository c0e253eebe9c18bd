// url differential: constructor and brand-check errors
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
show(() => new URL());
show(() => URL.canParse());
show(() => URL.prototype.href);
show(() => URLSearchParams.prototype.get.call({}, 'a'));
show(() => new URL('/x', 'relative'));
show(() => { const e = (() => { try { new URL('nope'); } catch (x) { return x; } })(); return [e instanceof TypeError, e.name, Object.keys(e)].join(' '); });
