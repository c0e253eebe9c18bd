// url differential: IPv4 host normalization
const url = require('url');
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base)); }
}
function parts(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
}
show(() => parts(new URL("http://192.168.0.257/")));
show(() => URL.canParse("http://192.168.0.257/"));
show(() => parts(new URL("http://0x7f.1/")));
show(() => URL.canParse("http://0x7f.1/"));
show(() => parts(new URL("http://127.1/")));
show(() => URL.canParse("http://127.1/"));
show(() => parts(new URL("http://1.2.3.4.5/")));
show(() => URL.canParse("http://1.2.3.4.5/"));
show(() => parts(new URL("http://4294967295/")));
show(() => URL.canParse("http://4294967295/"));
