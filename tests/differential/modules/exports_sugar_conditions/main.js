// exports as a conditions object is the main entry
console.log(require('pkg'));
