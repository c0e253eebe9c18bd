// url differential: url.resolve with relative bases and other protocols
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
const pairs = [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['http://a/b', 'https://other/x'], ['http://a/b', 'mailto:x@y'], ['http://a.com', 'b'], ['a/b/c', '../d'], ['a/b', 'c'], ['/a/b', '../../../c'], ['http://a.com/x', 'http:y']];
for (const [f, t] of pairs) console.log(JSON.stringify([f, t, url.resolve(f, t)]));
console.log(url.parse('http://a.com/x').resolve('../y'), url.parse('http://a.com/x') instanceof url.Url);
