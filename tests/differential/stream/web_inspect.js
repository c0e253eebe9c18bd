// stream/web differential: util.inspect of every web streams class shows node's few fields
// (locked, state, supportsBYOB, readRequests, desiredSize, ...), never the internal state, and
// `undefined` past the depth limit.
const util = require('util');
const show = (label, value) => console.log(label, util.inspect(value));
const rs = new ReadableStream({ start(c) { show('rs controller', c); } });
show('rs', rs);
const reader = rs.getReader();
show('reader', reader);
show('rs locked', rs);
reader.read().catch((e) => console.log("pending read:", e.message));
show('reader with a request', reader);
reader.releaseLock();
show('released reader', reader);
const bytes = new ReadableStream({ type: 'bytes', start(c) { show('byte controller', c); } });
show('bytes', bytes);
show('byob reader', bytes.getReader({ mode: 'byob' }));
const ws = new WritableStream({ start(c) { show('ws controller', c); } });
show('ws', ws);
const writer = ws.getWriter();
show('writer', writer);
show('ts', new TransformStream());
show('text encoder stream', new TextEncoderStream());
show('text decoder stream', new TextDecoderStream('utf-16le', { fatal: true }));
show('nested', { a: { b: { c: new ReadableStream() } } });
show('nested2', { a: { b: new TransformStream() } });
console.log(util.inspect(new WritableStream(), { depth: 0 }));
console.log(util.inspect([new ReadableStream()], { depth: 0 }));
show('count strategy', new CountQueuingStrategy({ highWaterMark: 3 }));
show('byte length strategy', new ByteLengthQueuingStrategy({ highWaterMark: 3 }));
const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } });
const closed = new ReadableStream({ start(c) { c.close(); } });
const abortedWs = new WritableStream();
abortedWs.abort(new Error('gone')).then(() => show('aborted', abortedWs));
setTimeout(() => {
  show('errored', errored);
  show('closed', closed);
});
