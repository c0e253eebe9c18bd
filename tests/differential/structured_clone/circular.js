// structuredClone preserves circular and shared references.
const a = { name: 'a' };
a.self = a;
const shared = { s: 1 };
a.list = [shared, shared];
const c = structuredClone(a);
console.log(c.self === c, c.list[0] === c.list[1], c.list[0] !== shared);
console.log(c);
const arr = [];
arr.push(arr);
const ca = structuredClone(arr);
console.log(ca[0] === ca, ca !== arr);
