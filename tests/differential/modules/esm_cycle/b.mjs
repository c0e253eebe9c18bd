import { a } from './a.mjs';
console.log('b runs');
export const b = 'B';
export function getA() { try { return a; } catch (e) { return e.name; } }
