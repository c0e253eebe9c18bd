// url differential: default ports and port parsing
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
show(() => parts(new URL("http://a.com:80/")));
show(() => URL.canParse("http://a.com:80/"));
show(() => parts(new URL("https://a.com:80/")));
show(() => URL.canParse("https://a.com:80/"));
show(() => parts(new URL("http://a.com:0/")));
show(() => URL.canParse("http://a.com:0/"));
show(() => parts(new URL("http://a.com:08/")));
show(() => URL.canParse("http://a.com:08/"));
show(() => parts(new URL("ws://a.com:443/")));
show(() => URL.canParse("ws://a.com:443/"));
