// stream differential: the stream module's keys in node's order; isDestroyed, isWritable,
// _isArrayBufferView; duplexPair's two sides (writes and their callbacks, empty writes, end,
// objectMode).
const stream = require('stream');
console.log(Object.keys(stream).join());
const { Readable, Writable, PassThrough } = stream;
const r = new Readable({ read() {} }); const w = new Writable({ write(c, e, cb) { cb(); } });
console.log(stream.isDestroyed(r), stream.isWritable(w), stream.isWritable(r), stream.isDestroyed({}), stream.isWritable({}));
r.destroy(); w.end();
console.log(stream.isDestroyed(r), stream.isWritable(w));
setImmediate(() => console.log(stream.isWritable(w), stream.isDestroyed(w)));
console.log(stream._isArrayBufferView(new Uint8Array(1)), stream._isArrayBufferView([]), stream._isUint8Array(Buffer.alloc(1)), typeof stream._uint8ArrayToBuffer);
console.log(typeof stream.prependListener, stream.prototype === require('events').prototype);
const [a, b] = stream.duplexPair();
const order = [];
b.on('data', (d) => order.push('b got ' + d));
b.on('end', () => { order.push('b end'); });
a.on('finish', () => { order.push('a finish'); console.log(order.join(' | ')); });
a.write('one', () => order.push('cb one'));
a.write('two', () => order.push('cb two'));
a.write('', () => order.push('cb empty'));
a.end();
const [c, d] = stream.duplexPair({ objectMode: true });
d.write({ x: 1 }); c.once('data', (v) => console.log('c got', v, c.readableObjectMode));
console.log(stream.duplexPair.name, stream.duplexPair.length, a instanceof stream.Duplex);
