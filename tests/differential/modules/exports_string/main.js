// exports as a single string
console.log(require('pkg'));
