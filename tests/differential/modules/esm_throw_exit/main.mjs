// an error thrown by an ES module exits with 1
import './a.mjs';
console.log('never');
