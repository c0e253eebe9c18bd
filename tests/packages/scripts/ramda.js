// ramda: many small modules behind an exports map
const R = require('ramda');
console.log(R.pipe(R.map((x) => x + 1), R.filter((x) => x % 2 === 0))([1, 2, 3, 4]));
