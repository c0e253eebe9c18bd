// url differential: protocol setter, including ignored changes
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
const u = new URL('https://a.com:8080/p');
u.protocol = 'http'; console.log(u.href);
u.protocol = 'ftp:'; console.log(u.href);
u.protocol = 'mailto'; console.log(u.href);
u.protocol = '1bad'; console.log(u.href);
const f = new URL('file:///x'); f.protocol = 'http'; console.log(f.href);
