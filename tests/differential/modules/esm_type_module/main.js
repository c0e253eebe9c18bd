// a .js entry in a type:module package is ESM
import { x } from './x.js';
console.log(x, typeof require, typeof module);
