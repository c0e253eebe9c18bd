import { b, getA } from './b.mjs';
console.log('a runs, b =', b, getA());
export const a = 'A';
