// an ESM-only package with type module and exports
import { greet } from 'esm-only';
import sub from 'esm-only/sub';
console.log(greet('x'), sub);
