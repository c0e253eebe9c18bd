// is-even: a tiny CommonJS package with a dependency (is-odd → is-number)
const isEven = require('is-even');
console.log(isEven(2), isEven(3), isEven('10'));
