// DOMException: names map to legacy codes; name/message/code are prototype getters.
const list = ['AbortError', 'TimeoutError', 'DataCloneError', 'NotFoundError', 'SyntaxError', 'InvalidStateError', 'Bogus', 'Error'];
for (const name of list) {
  const e = new DOMException('msg', name);
  console.log(e.name, e.code, e.message);
}
const d = new DOMException();
console.log(JSON.stringify(d.name), JSON.stringify(d.message), d.code, Object.keys(d));
console.log(DOMException.ABORT_ERR, DOMException.DATA_CLONE_ERR, d.TIMEOUT_ERR);
console.log(new DOMException('m', { name: 'AbortError', cause: 'c' }).cause, new DOMException('m', { name: 'AbortError' }).code);
console.log(d instanceof Error, Object.prototype.toString.call(d), String(new DOMException('boom', 'NotFoundError')));
console.log(Object.getOwnPropertyNames(DOMException.prototype).length);
