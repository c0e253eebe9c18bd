// querystring differential: parse sep eq
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => qs.parse('a:1;b:2', ';', ':'));
show(() => qs.parse('a=>1&&b=>2', '&&', '=>'));
show(() => qs.parse('a=1;b=2', ';'));
show(() => qs.parse('a=1&b=2', '', ''));
show(() => qs.parse('a515b6c', 5, 6));
show(() => qs.parse('a==1=2'));
