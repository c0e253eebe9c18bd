// importing CommonJS: default is module.exports, named exports found statically
import c, { a, b } from './c.cjs';
import * as ns from './c.cjs';
console.log(c, a, b);
console.log(Object.keys(ns).sort());
