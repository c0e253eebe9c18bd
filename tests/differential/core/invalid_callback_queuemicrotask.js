// Checks ERR_INVALID_ARG_TYPE from queueMicrotask with non-function callbacks.
for (const bad of [1, null, 'x', new Map()]) {
  try {
    queueMicrotask(bad);
  } catch (e) {
    console.log(e.code, '|', e.name, '|', e.message);
  }
}
