// querystring differential: aliases and keys
const qs = require('querystring');
function show(f) {
  try {
    const r = f();
    console.log(r !== null && typeof r === 'object' ? JSON.stringify(r) + ' ' + (Object.getPrototypeOf(r) === null) : JSON.stringify(r));
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
console.log(Object.keys(qs).join(','));
console.log(qs.encode === qs.stringify, qs.decode === qs.parse);
for (const k of Object.keys(qs)) console.log(k, qs[k].length, qs[k].name);
console.log(require('node:querystring') === qs);
