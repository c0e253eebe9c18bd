// Stats, BigIntStats and StatsBase as Node builds them: constructor functions with assigned
// (enumerable, anonymous) methods, so for...in over a Stats lists the methods in Node's order;
// Stats.prototype.isFile is StatsBase's; Stats and BigIntStats inherit from StatsBase.
const fs = require('fs');
const util = require('util');
const s = fs.statSync(__filename);
const b = fs.statSync(__filename, { bigint: true });
const forIn = (o) => {
  const ks = [];
  for (const k in o) ks.push(k);
  return ks.join(',');
};
console.log(forIn(s));
console.log(forIn(b));
const P = fs.Stats.prototype;
const SB = Object.getPrototypeOf(P);
const BP = Object.getPrototypeOf(b);
for (const [label, proto] of [['Stats', P], ['BigIntStats', BP], ['StatsBase', SB]]) {
  for (const k of Object.getOwnPropertyNames(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, k);
    console.log(label, k, JSON.stringify(d.value.name), d.value.length, d.enumerable);
  }
}
console.log(P.isFile === SB.isFile, Object.getPrototypeOf(fs.Stats) === SB.constructor);
console.log(Object.getPrototypeOf(BP.constructor) === SB.constructor, SB.constructor.name, SB.constructor.length);
console.log(util.inspect(new SB.constructor(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)));
const copy = {};
for (const k in s) if (typeof s[k] === 'function') copy[k] = s[k].call(s);
console.log(copy);
