// url differential: resolution against a base
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
show(() => parts(new URL("../x", "http://a/b/c/d")));
show(() => URL.canParse("../x", "http://a/b/c/d"));
show(() => parts(new URL("?q", "http://a/b?p#h")));
show(() => URL.canParse("?q", "http://a/b?p#h"));
show(() => parts(new URL("#h2", "http://a/b?p#h")));
show(() => URL.canParse("#h2", "http://a/b?p#h"));
show(() => parts(new URL("//other/p", "https://a/b")));
show(() => URL.canParse("//other/p", "https://a/b"));
show(() => parts(new URL("/abs", "http://a/b/c")));
show(() => URL.canParse("/abs", "http://a/b/c"));
show(() => parts(new URL("", "http://a/b?c#d")));
show(() => URL.canParse("", "http://a/b?c#d"));
show(() => parts(new URL("g;x?y#s", "http://a/b/c/d;p?q")));
show(() => URL.canParse("g;x?y#s", "http://a/b/c/d;p?q"));
