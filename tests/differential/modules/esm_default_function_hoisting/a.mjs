import { g } from './b.mjs';
export function f() { return 'f+' + g(); }
