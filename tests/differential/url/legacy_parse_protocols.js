// url differential: url.parse of special and hostless protocols
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
for (const c of ['mailto:user@example.com', 'javascript:alert("hi")', 'file:///etc/passwd', 'xmpp:foo@bar.com', 'foo://bar/baz', 'ws://sock.io:81', 'HTTP://Example.COM/A?B#C']) console.log(url.parse(c));
