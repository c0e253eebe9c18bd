// url differential: file: URLs
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
show(() => parts(new URL("file:///C:/x/y")));
show(() => URL.canParse("file:///C:/x/y"));
show(() => parts(new URL("file://host/share")));
show(() => URL.canParse("file://host/share"));
show(() => parts(new URL("file:/tmp/x")));
show(() => URL.canParse("file:/tmp/x"));
show(() => parts(new URL("file:///a/../../b")));
show(() => URL.canParse("file:///a/../../b"));
show(() => parts(new URL("FILE://LOCALHOST/x")));
show(() => URL.canParse("FILE://LOCALHOST/x"));
