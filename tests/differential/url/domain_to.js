// url differential: domainToASCII and domainToUnicode
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
console.log(url.domainToASCII('español.com'), JSON.stringify(url.domainToASCII('xn--iñvalid.com')), JSON.stringify(url.domainToASCII('')));
console.log(url.domainToUnicode('xn--espaol-zwa.com'), JSON.stringify(url.domainToUnicode('xn--iñvalid.com')));
console.log(url.domainToASCII('EXAMPLE.COM'), url.domainToUnicode('xn--mnchen-3ya.de'));
show(() => url.domainToASCII());
