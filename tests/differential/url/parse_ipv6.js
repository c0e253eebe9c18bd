// url differential: IPv6 hosts
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
show(() => parts(new URL("http://[::1]:80/")));
show(() => URL.canParse("http://[::1]:80/"));
show(() => parts(new URL("http://[2001:DB8::1]/x")));
show(() => URL.canParse("http://[2001:DB8::1]/x"));
show(() => parts(new URL("http://[::ffff:192.168.0.1]/")));
show(() => URL.canParse("http://[::ffff:192.168.0.1]/"));
show(() => parts(new URL("http://[::1")));
show(() => URL.canParse("http://[::1"));
