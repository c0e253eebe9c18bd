// module.exports = { a, b } gives named exports
import { x, y } from './lib.cjs';
import lib from './lib.cjs';
console.log(x, y, lib);
