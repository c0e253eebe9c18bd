// url differential: fileURLToPath
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
for (const p of ['file:///tmp/a%20b/c', new URL('file:///x/%E2%82%AC'), 'file:///a%2Fb', 'file:///a%2fb', 'http://x/y', 'file://host/x', 5, 'notaurl']) show(() => url.fileURLToPath(p));
