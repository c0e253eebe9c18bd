// module cycles and evaluation order
import { a } from './a.mjs';
console.log('main', a);
