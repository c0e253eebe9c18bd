// Checks emitClose: false and autoDestroy: false suppress 'close' and destroy after 'end'.
const { Readable } = require('stream');
const a = new Readable({ read() {}, emitClose: false });
a.on('close', () => console.log('a close'));
a.on('end', () => console.log('a end'));
a.resume();
a.push(null);
const b = new Readable({ read() {}, autoDestroy: false });
b.on('close', () => console.log('b close'));
b.on('end', () => console.log('b end'));
b.resume();
b.push(null);
setTimeout(() => console.log('a', a.destroyed, 'b', b.destroyed), 5);
