// importing a CommonJS package from ESM
import pkg, { hello } from 'cjs-pkg';
console.log(hello(), pkg.version);
