// Checks console.log of null-prototype objects.
const o = Object.create(null);
console.log(o);
o.a = 1;
o.b = { c: 2 };
console.log(o);
console.log([Object.create(null)]);
class Base {}
const p = Object.create(Base.prototype);
console.log(p);
