// Checks console.count with default and named labels, and countReset.
console.count();
console.count();
console.count('apples');
console.count('apples');
console.count('default');
console.countReset('apples');
console.count('apples');
console.countReset();
console.count();
