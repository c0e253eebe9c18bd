// Checks pipeThrough a TransformStream and pipeTo a WritableStream.
const src = new ReadableStream({ start(c) { ['a', 'b', 'c'].forEach((x) => c.enqueue(x)); c.close(); } });
const upper = new TransformStream({ transform(chunk, c) { c.enqueue(chunk.toUpperCase()); } });
const got = [];
const sink = new WritableStream({ write(c) { got.push(c); } });
src.pipeThrough(upper).pipeTo(sink).then(() => console.log('piped', got.join('')));
