// url differential: url.format of strings, Url objects and WHATWG URLs
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
console.log(url.format('http://A.com/a b?c d#e f'));
console.log(url.format(url.parse('https://u@x.com:9/p?q#h')));
const w = new URL('https://user:pw@xn--mnchen-3ya.de:81/p?q=1#frag');
console.log(url.format(w), url.format(w, { auth: false, fragment: false, search: false, unicode: true }));
console.log(url.format(new URL('mailto:a@b.c')), url.format(new URL('file:///x/y')));
show(() => url.format(5));
show(() => url.format(w, 5));
