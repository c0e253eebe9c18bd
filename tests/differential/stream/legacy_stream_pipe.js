// Checks the legacy Stream base class pipe() with hand-made emitters.
const Stream = require('stream');
const src = new Stream();
src.readable = true;
const dst = new Stream();
dst.writable = true;
dst.write = (c) => { console.log('write', c); return true; };
dst.end = () => console.log('end');
src.pipe(dst);
src.emit('data', 'one');
src.emit('data', 'two');
src.emit('end');
