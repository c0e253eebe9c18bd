// Checks controller.error() rejecting reads and the reader's closed promise.
const rs = new ReadableStream({ start(c) { c.error(new Error('source broke')); } });
const reader = rs.getReader();
reader.read().catch((e) => console.log('read rejected', e.message));
reader.closed.catch((e) => console.log('closed rejected', e.message));
