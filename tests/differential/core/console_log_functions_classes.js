// Checks console.log of named, anonymous, arrow, async, generator functions and classes.
function named() {}
const arrow = () => {};
async function asyncFn() {}
function* gen() {}
async function* asyncGen() {}
class A {}
class B extends A {}
console.log(named, arrow, asyncFn);
console.log(gen, asyncGen);
console.log(A, B);
console.log(function () {}, class {});
console.log([named, A], { m: named });
named.prop = 1;
console.log(named);
console.log(Math.max, Array.prototype.map);
