// url differential: url.searchParams stays linked to the URL
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
const u = new URL('https://a.com/p?x=1&y=2#h');
const sp = u.searchParams;
console.log(sp === u.searchParams, sp.get('x'));
u.search = '?z=9'; console.log(sp.get('z'), sp.get('x'));
sp.append('a', 'b c'); sp.append('é', '&='); console.log(u.href, u.search);
sp.delete('a'); console.log(u.href);
sp.delete('z'); sp.delete('é'); console.log(u.href, JSON.stringify(u.search));
u.href = 'https://x.com/?k=v'; console.log(sp.get('k'), sp.size);
sp.sort(); sp.set('k', 'w'); console.log(u.href);
