// Node 20's Symbol.dispose and Symbol.asyncDispose are the registered symbols
// 'nodejs.dispose' and 'nodejs.asyncDispose'; a FileHandle's [Symbol.asyncDispose]() closes it.
const fs = require('fs');
console.log(String(Symbol.dispose), String(Symbol.asyncDispose));
console.log(Symbol.keyFor(Symbol.dispose), Symbol.keyFor(Symbol.asyncDispose));
console.log(Symbol.asyncDispose === Symbol.for('nodejs.asyncDispose'), Symbol.dispose === Symbol.for('nodejs.dispose'));
const desc = Object.getOwnPropertyDescriptor(Symbol, 'asyncDispose');
console.log(desc.writable, desc.enumerable, desc.configurable);
(async () => {
  const h = await fs.promises.open(__filename);
  const proto = Object.getPrototypeOf(h);
  console.log(Object.getOwnPropertyNames(proto).join(','));
  console.log(typeof proto[Symbol.for('nodejs.asyncDispose')], proto[Symbol.asyncDispose].name);
  const closed = h[Symbol.for('nodejs.asyncDispose')]();
  console.log(closed instanceof Promise, h.fd);
  await closed;
  console.log('after', h.fd);
  const w = fs.watch(__dirname);
  console.log(typeof w[Symbol.for('nodejs.dispose')]);
  w.close();
})();
