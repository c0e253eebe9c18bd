// Checks that console.error/warn/trace go to stderr only: stdout has just the markers.
console.log('marker 1');
console.error('this goes to stderr');
console.log('marker 2');
console.warn('so does this', { a: 1 });
console.log('marker 3');
console.trace('trace goes to stderr too');
console.log('marker 4');
