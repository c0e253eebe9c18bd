// url differential: url.parse escapes spaces and unsafe characters
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
for (const c of ['http://a b.com/ c', 'http://x.com/a\\b?c\\d', '  http://trim.me/  ', 'http://a.com/p?q=1#h?x', 'http://a.com/%zz', "http://a.com/'quoted'<>"]) console.log(url.parse(c).href);
show(() => url.parse(5));
