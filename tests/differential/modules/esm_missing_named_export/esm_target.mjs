import { one, three } from './lib.mjs';
console.log(one, three);
