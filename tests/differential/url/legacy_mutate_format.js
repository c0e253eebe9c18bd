// url differential: formatting mutated Url objects, resolveObject, parsed query prototypes
const url = require('url');
const u = url.parse('http://user:pw@host.com:8080/p/a?x=1#h', true);
console.log(u.query, Object.getPrototypeOf(u.query) === null);
console.log(Object.keys(u), u instanceof url.Url);
u.search = null; u.query = { z: [1, 2], s: 'a b' }; console.log(u.format(), url.format(u));
const o = url.parse('http://a.com/x');
o.pathname = '/new path'; o.host = null; o.hostname = 'b.com'; o.port = '81';
console.log(url.format(o));
console.log(url.resolveObject('http://a/b', 'c').href, url.resolveObject('', 'x'));
console.log(url.parse('HTTP://a.com:80').port, url.parse('http://a.com:80').host);
