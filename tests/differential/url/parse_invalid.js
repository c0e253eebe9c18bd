// url differential: invalid input throws ERR_INVALID_URL with input and base
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
show(() => parts(new URL("foo")));
show(() => URL.canParse("foo"));
show(() => parts(new URL("http://")));
show(() => URL.canParse("http://"));
show(() => parts(new URL("http://a b/")));
show(() => URL.canParse("http://a b/"));
show(() => parts(new URL("x", "not a base")));
show(() => URL.canParse("x", "not a base"));
show(() => parts(new URL("http://a.com:65536/")));
show(() => URL.canParse("http://a.com:65536/"));
show(() => parts(new URL("https://exa%23mple.org")));
show(() => URL.canParse("https://exa%23mple.org"));
