// url differential: URL components of a full https URL
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
show(() => parts(new URL("https://user:pa ss@EXAMPLE.com:443/a/../b/./c?x=1 2#frag ment")));
show(() => URL.canParse("https://user:pa ss@EXAMPLE.com:443/a/../b/./c?x=1 2#frag ment"));
show(() => parts(new URL("http://a.com")));
show(() => URL.canParse("http://a.com"));
show(() => parts(new URL("HTTP://A.COM/%7e")));
show(() => URL.canParse("HTTP://A.COM/%7e"));
