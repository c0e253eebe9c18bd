// Checks the web streams globals and that stream/web exports the same classes.
const web = require('stream/web');
for (const k of ['ReadableStream', 'WritableStream', 'TransformStream', 'CountQueuingStrategy', 'ByteLengthQueuingStrategy']) {
  console.log(k, typeof globalThis[k], globalThis[k] === web[k]);
}
console.log(Object.prototype.toString.call(new ReadableStream()));
