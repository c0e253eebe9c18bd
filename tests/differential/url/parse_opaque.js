// url differential: non-special and opaque-path URLs
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
show(() => parts(new URL("mailto:someone@example.com")));
show(() => URL.canParse("mailto:someone@example.com"));
show(() => parts(new URL("data:text/plain,hi")));
show(() => URL.canParse("data:text/plain,hi"));
show(() => parts(new URL("javascript:alert(1)")));
show(() => URL.canParse("javascript:alert(1)"));
show(() => parts(new URL("non-special://host/p?q#f")));
show(() => URL.canParse("non-special://host/p?q#f"));
show(() => parts(new URL("sc:\\\\../")));
show(() => URL.canParse("sc:\\\\../"));
