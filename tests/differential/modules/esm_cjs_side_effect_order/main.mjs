// CommonJS dependencies run in import order
import './a.cjs';
import './b.mjs';
import './c.cjs';
console.log('main');
