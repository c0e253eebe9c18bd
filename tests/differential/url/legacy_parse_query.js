// url differential: url.parse with parseQueryString
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
console.log(url.parse('http://a.com/p?x=1&x=2&y', true).query);
console.log(url.parse('/p', true));
console.log(url.parse('http://a.com/', true).query);
