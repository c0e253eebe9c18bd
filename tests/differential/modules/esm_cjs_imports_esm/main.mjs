// CommonJS inside a type:module package uses .cjs and import()
import c from './helper.cjs';
console.log(await c());
