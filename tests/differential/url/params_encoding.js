// url differential: form-urlencoded parsing and serialization
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
console.log(new URLSearchParams('a=b=c&=x&y=&&z').toString());
console.log(new URLSearchParams('emoji=%F0%9F%98%80&bad=%FF&sp=~!*()\'').toString());
const p = new URLSearchParams(); p.append('k y', 'v&l=u+e/?#'); p.append('é', '\u{1F600}');
console.log(p.toString(), p.get('k y'));
console.log(new URLSearchParams('a+b=c+d').get('a b'));
