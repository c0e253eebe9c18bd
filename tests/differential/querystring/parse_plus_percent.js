// querystring differential: parse plus percent
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => qs.parse('a=b+c&d=%20e%2Bf'));
show(() => qs.parse('k+ey=v+al'));
show(() => qs.parse('a=%zz&b=%4&c=%'));
show(() => qs.parse('a=%E0%A4&b=%C3%A9&c=%F0%9F%98%80'));
show(() => qs.parse('a=%ED%A0%80&b=%C0%80&c=%FF'));
