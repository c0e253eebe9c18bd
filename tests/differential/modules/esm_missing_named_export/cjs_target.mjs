import { alpha, gamma } from './lib.cjs';
console.log(alpha, gamma);
