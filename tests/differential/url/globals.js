// url differential: URL and URLSearchParams globals
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
console.log(typeof URL, typeof URLSearchParams, URL.name, URL.length, URLSearchParams.length);
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams);
console.log(Object.prototype.toString.call(new URL('http://a')), Object.prototype.toString.call(new URLSearchParams()));
console.log(Object.getOwnPropertyNames(URL.prototype));
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype));
console.log(Object.keys(new URL('http://a')), typeof URL.canParse);
