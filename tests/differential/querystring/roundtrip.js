// querystring differential: roundtrip
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
const objs = [{ a: '1', b: ['x', 'y'] }, { 'k e y': 'v&a=l', e: 'é😀' }, { '': '' }];
for (const o of objs) {
  const s = qs.stringify(o);
  console.log(s, JSON.stringify(qs.parse(s)));
}
