// url differential: URLSearchParams sort, iteration and forEach
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
const p = new URLSearchParams('z=1&a=2&m=3&a=1&é=4&B=5');
p.sort(); console.log(p.toString());
console.log([...p.keys()], [...p.values()], [...p.entries()], [...p]);
p.forEach(function (v, k, o) { console.log(k, v, o === p, this.t); }, { t: 1 });
const it = p.keys(); console.log(it.next(), it[Symbol.iterator]() === it, Object.prototype.toString.call(it));
