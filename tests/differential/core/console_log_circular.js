// Checks console.log of circular references with <ref *N> and [Circular *N] markers.
const a = { name: 'a' };
a.self = a;
console.log(a);
const b = { name: 'b' };
const c = { name: 'c', b };
b.c = c;
console.log(b);
const arr = [1];
arr.push(arr);
console.log(arr);
const m = new Map();
m.set('me', m);
console.log(m);
