// Checks Readable.from over an array and a generator, in flowing mode.
const { Readable } = require('stream');
const a = Readable.from(['x', 'y', 'z']);
a.on('data', (d) => console.log('a', d));
a.on('end', () => console.log('a end'));
function* gen() { yield 1; yield 2; }
const g = Readable.from(gen());
g.on('data', (d) => console.log('g', d));
g.on('end', () => console.log('g end', g.readableObjectMode));
