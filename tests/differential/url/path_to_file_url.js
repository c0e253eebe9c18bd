// url differential: pathToFileURL
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
for (const p of ['/tmp/a b', '/tmp/€', '/a/b/', '/a/../b', '/x%y', '/a?b#c %d\\e\nf', 5]) show(() => url.pathToFileURL(p).href);
console.log(url.pathToFileURL('/x') instanceof URL);
