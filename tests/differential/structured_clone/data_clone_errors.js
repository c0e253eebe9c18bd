// structuredClone throws DataCloneError DOMExceptions for uncloneable values.
const values = [() => {}, function named() {}, Symbol('s'), new WeakMap(), new WeakSet(), Promise.resolve(), { nested: Symbol.iterator }];
for (const v of values) {
  try { structuredClone(v); console.log('cloned'); } catch (e) {
    console.log(e instanceof DOMException, e.name, e.code, e.message);
  }
}
