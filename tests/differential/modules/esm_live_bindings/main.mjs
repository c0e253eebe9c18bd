// exports are live bindings
import { count, inc } from './counter.mjs';
console.log(count);
inc(); inc();
console.log(count);
