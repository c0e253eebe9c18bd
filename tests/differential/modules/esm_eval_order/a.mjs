import './c.mjs';
console.log('a');
