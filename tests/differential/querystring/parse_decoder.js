// querystring differential: parse decoder
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => qs.parse('a+b=c%20d', null, null, { decodeURIComponent: (s) => '[' + s + ']' }));
show(() => qs.parse('=&a', null, null, { decodeURIComponent: (s) => '<' + s + '>' }));
show(() => qs.parse('a=%ZZ%', null, null, { decodeURIComponent: () => { throw new Error('x'); } }));
show(() => qs.parse('a=b', null, null, { decodeURIComponent: 5 }));
show(() => qs.parse('a=%41', null, null, { decodeURIComponent: qs.unescape }));
