// typed array methods inherited by Buffer: iteration, map, entries, at
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from('abc');
console.log([...b], [...b.keys()], [...b.entries()]);
for (const x of b) console.log(x);
console.log(b.at(-1), b.length, b.byteLength);
console.log(b.map((x) => x + 1));
console.log(b.filter((x) => x > 97));
console.log(b.reverse().toString());
console.log(Array.from(Buffer.from('hi')), Buffer.from('hi').join('-'));
