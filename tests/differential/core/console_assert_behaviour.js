// Checks that console.assert prints nothing to stdout and never throws.
console.log('before');
console.assert(true, 'not printed');
console.assert(false, 'printed to stderr');
console.assert(0);
console.assert(false, '%s formatted', 'x');
console.log('after, returned:', console.assert(true));
