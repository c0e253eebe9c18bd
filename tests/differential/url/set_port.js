// url differential: port setter
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
const u = new URL('https://a.com/p');
u.port = '80'; console.log(u.href, JSON.stringify(u.port));
u.port = 8443; console.log(u.href);
u.port = 'abc'; console.log(u.href);
u.port = '12abc'; console.log(u.href);
u.port = '443'; console.log(u.href, JSON.stringify(u.port));
u.port = '99999'; console.log(u.href);
u.port = ''; console.log(u.href);
