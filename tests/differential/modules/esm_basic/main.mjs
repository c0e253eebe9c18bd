// import/export between .mjs files
import def, { a, b as bee } from './a.mjs';
import * as ns from './a.mjs';
console.log(def, a, bee, Object.keys(ns));
