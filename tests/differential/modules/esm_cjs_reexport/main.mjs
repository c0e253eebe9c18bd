// module.exports = require(...) re-exports names
import { inner } from './outer.cjs';
console.log(inner);
