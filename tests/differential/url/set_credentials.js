// url differential: username and password setters
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
const u = new URL('https://a.com/p');
u.username = 'new user'; u.password = 'p@ss:w'; console.log(u.href, u.username, u.password);
u.username = ''; console.log(u.href);
u.password = ''; console.log(u.href);
const f = new URL('file:///x'); f.username = 'x'; console.log(f.href);
