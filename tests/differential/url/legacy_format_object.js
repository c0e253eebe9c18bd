// url differential: url.format of plain objects
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
const objs = [
  { protocol: 'https', hostname: 'example.com', pathname: '/some/path', query: { page: 1, format: 'json' } },
  { protocol: 'http:', host: 'a.com:80', search: 'x=1', hash: 'h' },
  { protocol: 'file', pathname: '/etc/x' }, { protocol: 'mailto', pathname: 'a@b.c' },
  { hostname: '::1', port: 8080, pathname: 'p' }, { auth: 'us er:p@ss', host: 'h', protocol: 'http' },
  { pathname: '/a?b#c', search: '?q#r' }, { slashes: true, host: 'h', pathname: 'x' }, {},
];
for (const o of objs) console.log(url.format(o));
