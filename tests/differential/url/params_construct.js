// url differential: URLSearchParams constructor forms
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
console.log(new URLSearchParams({ x: 1, y: 'two', z: null }).toString());
console.log(new URLSearchParams([['q', 'r'], ['s', 't']]).toString());
console.log(new URLSearchParams(new Map([['m', 'n']])).toString());
const p = new URLSearchParams('a=1'); console.log(new URLSearchParams(p).toString());
console.log(new URLSearchParams(null).toString(), new URLSearchParams(undefined).toString(), new URLSearchParams('').size, new URLSearchParams({}).toString());
console.log(new URLSearchParams('??a=1').toString());
