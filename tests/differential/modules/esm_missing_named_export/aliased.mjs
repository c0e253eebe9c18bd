import dflt, { one as uno, missing as gone } from './lib.mjs';
console.log(dflt, uno, gone);
