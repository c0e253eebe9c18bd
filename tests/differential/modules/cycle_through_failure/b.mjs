import { a } from './a.mjs';
export const b = 'b';
console.log('b evaluates');
throw new Error('b failed');
