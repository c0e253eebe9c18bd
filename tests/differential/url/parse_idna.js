// url differential: internationalized hostnames
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
show(() => parts(new URL("http://m\u00fcnchen.de/")));
show(() => URL.canParse("http://m\u00fcnchen.de/"));
show(() => parts(new URL("http://xn--mnchen-3ya.de/")));
show(() => URL.canParse("http://xn--mnchen-3ya.de/"));
show(() => parts(new URL("http://EXAMPLE.\uff43\uff4f\uff4d/")));
show(() => URL.canParse("http://EXAMPLE.\uff43\uff4f\uff4d/"));
show(() => parts(new URL("http://%41.com/")));
show(() => URL.canParse("http://%41.com/"));
