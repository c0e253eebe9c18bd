// a CommonJS function export is the default
import f from './f.cjs';
import * as ns from './f.cjs';
console.log(f(3), Object.keys(ns));
