// Checks ERR_INVALID_ARG_TYPE from process.nextTick with non-function callbacks.
for (const bad of [null, undefined, 0, 'fn', { call() {} }]) {
  try {
    process.nextTick(bad);
  } catch (e) {
    console.log(e.code, '|', e.name, '|', e.message);
  }
}
