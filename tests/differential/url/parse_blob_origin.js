// url differential: origins of blob and special schemes
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
show(() => parts(new URL("blob:https://a.com/uuid")));
show(() => URL.canParse("blob:https://a.com/uuid"));
show(() => parts(new URL("ws://a.com:80/x")));
show(() => URL.canParse("ws://a.com:80/x"));
show(() => parts(new URL("wss://a.com:443")));
show(() => URL.canParse("wss://a.com:443"));
show(() => parts(new URL("ftp://a.com:21/")));
show(() => URL.canParse("ftp://a.com:21/"));
show(() => parts(new URL("blob:foo")));
show(() => URL.canParse("blob:foo"));
