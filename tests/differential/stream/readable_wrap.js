// Checks Readable.prototype.wrap over an old-style emitter stream.
const { Readable } = require('stream');
const EventEmitter = require('events');
const old = new EventEmitter();
old.pause = () => console.log('old pause');
old.resume = () => console.log('old resume');
const r = new Readable({ objectMode: true }).wrap(old);
r.on('data', (d) => console.log('data', d));
r.on('end', () => console.log('end'));
old.emit('data', 'x');
old.emit('data', 'y');
old.emit('end');
