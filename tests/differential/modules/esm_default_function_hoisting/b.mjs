import { f } from './a.mjs';
export function g() { return 'g'; }
console.log('b sees f:', typeof f);
