// url differential: urlToHttpOptions
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
console.log(url.urlToHttpOptions(new URL('http://u:p@[::1]:8080/a?b#c')));
console.log(url.urlToHttpOptions(new URL('https://a.com/p')));
console.log(url.urlToHttpOptions(new URL('http://%C3%A9:x%20y@a.com')).auth);
