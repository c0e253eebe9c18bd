// concat of many small buffers and of Uint8Arrays
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const parts = [];
for (let i = 0; i < 300; i++) parts.push(Buffer.from(String(i % 10)));
const all = Buffer.concat(parts);
console.log(all.length, all.toString().slice(0, 25), Buffer.isBuffer(all));
const mixed = Buffer.concat([new Uint8Array([1]), Buffer.from([2]), new Uint8Array(0)]);
console.log(mixed, mixed.length);
console.log(Buffer.concat([Buffer.from('ab')], 5));
