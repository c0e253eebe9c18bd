// url differential: leading/trailing spaces, tabs and newlines are stripped
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
show(() => parts(new URL(" http://a.com/ ")));
show(() => URL.canParse(" http://a.com/ "));
show(() => parts(new URL("ht\ttp://a.com/")));
show(() => URL.canParse("ht\ttp://a.com/"));
show(() => parts(new URL("http://a.com/\nx")));
show(() => URL.canParse("http://a.com/\nx"));
show(() => parts(new URL("http://a.com\\\\b\\\\c")));
show(() => URL.canParse("http://a.com\\\\b\\\\c"));
show(() => parts(new URL("http:a.com/x")));
show(() => URL.canParse("http:a.com/x"));
