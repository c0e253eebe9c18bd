// Checks ERR_INVALID_ARG_TYPE from setImmediate with non-function callbacks.
for (const bad of [1, 'str', true, Symbol('s'), 10n]) {
  try {
    setImmediate(bad);
  } catch (e) {
    console.log(e.code, '|', e.name, '|', e.message);
  }
}
