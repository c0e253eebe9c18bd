// url differential: host and hostname setters
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
const u = new URL('https://a.com:8080/p');
u.host = 'b.org:99'; console.log(u.href, u.port);
u.hostname = 'c.net'; console.log(u.href);
u.host = 'd.io'; console.log(u.href);
u.hostname = 'bad host'; console.log(u.href);
u.host = ''; console.log(u.href);
const m = new URL('mailto:a@b'); m.host = 'q'; console.log(m.href);
