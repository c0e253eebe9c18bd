// exports arrays fall back past unmatched conditions
console.log(require('pkg'));
