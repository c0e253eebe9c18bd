// url differential: url.parse of a full URL
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
console.log(url.parse('http://user:pass@host.com:8080/p/a/t/h?query=string#hash'));
