// exported function declarations are hoisted across a cycle
import { f } from './a.mjs';
console.log(f());
