// url differential: percent-encoding of path, query and fragment
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
show(() => parts(new URL("http://a.com/?a=\u00e9&b=%zz")));
show(() => URL.canParse("http://a.com/?a=\u00e9&b=%zz"));
show(() => parts(new URL("http://a.com/a b/\"<>`{}")));
show(() => URL.canParse("http://a.com/a b/\"<>`{}"));
show(() => parts(new URL("http://a.com/?q='x'")));
show(() => URL.canParse("http://a.com/?q='x'"));
show(() => parts(new URL("http://a.com/#a b`c")));
show(() => URL.canParse("http://a.com/#a b`c"));
show(() => parts(new URL("https://a.com/\ud800")));
show(() => URL.canParse("https://a.com/\ud800"));
