// JSON: JSON.parse of a 5 MB document, then JSON.stringify of the result. Plain JavaScript:
// bare Boa runs this same script.
// hosts: node nodeboa chromium bare
// bytes: 5242880
// quick
const items = [];
let size = 2;
for (let i = 0; size < 5 * 1024 * 1024; i++) {
  const item = { id: i, name: `item ${i}`, price: i * 1.25, tags: ['x', 'yz', String(i % 7)], nested: { ok: i % 2 === 0, n: null } };
  items.push(item);
  size += JSON.stringify(item).length + 1;
}
const text = JSON.stringify(items);
const t0 = performance.now();
const parsed = JSON.parse(text);
const again = JSON.stringify(parsed);
const ms = performance.now() - t0;
if (again.length !== text.length) throw new Error('round trip');
console.log(`BENCH json ${ms}`);
