// stream/web differential: releasing a reader or writer: `closed` rejected first, then the pending reads ("Releasing reader"); a writer's `ready` and `closed` both rejected ("Writer has been released"), in node's order and words.
const rs = new ReadableStream();
const reader = rs.getReader();
reader.read().catch((e) => console.log('read', e.name, e.code, e.message));
reader.closed.catch((e) => console.log('closed', e.name, e.code, e.message));
reader.releaseLock();
console.log(require('util').inspect(reader));
const r2 = rs.getReader(); r2.releaseLock(); r2.closed.catch((e) => console.log('closed2', e.name, e.code, e.message));
r2.read().catch((e) => console.log('read2', e.name, e.code, e.message));
const ws = new WritableStream(); const w = ws.getWriter(); w.releaseLock();
w.closed.catch((e) => console.log('wclosed', e.name, e.code, e.message)); w.ready.catch((e) => console.log('wready', e.name, e.code, e.message));

w.write('x').catch((e) => console.log('wwrite', e.name, e.code, e.message));
