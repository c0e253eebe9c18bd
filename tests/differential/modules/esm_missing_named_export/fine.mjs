import dflt, { one, two } from './star.mjs';
console.log(dflt, one, two());
