// url differential: search and hash setters
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
const u = new URL('https://a.com/p?q#h');
u.search = '?z=9'; console.log(u.href);
u.search = 'a b'; console.log(u.href);
u.hash = 'new hash'; console.log(u.href);
u.hash = '#x'; console.log(u.href);
u.hash = ''; u.search = ''; console.log(u.href, JSON.stringify(u.search), JSON.stringify(u.hash));
