// export * and export * as
import * as all from './index.mjs';
console.log(Object.keys(all).sort(), all.ns.c);
