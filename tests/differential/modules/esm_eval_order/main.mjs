// depth-first, left-to-right evaluation
import './a.mjs';
import './b.mjs';
console.log('main');
