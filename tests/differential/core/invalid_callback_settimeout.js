// Checks ERR_INVALID_ARG_TYPE from setTimeout/setInterval with non-function callbacks.
for (const bad of ['x', 1, null, undefined, {}, [1, 2]]) {
  try {
    setTimeout(bad, 10);
    console.log('no throw for', bad);
  } catch (e) {
    console.log(e.code, '|', e.name, '|', e.message, '|', e instanceof TypeError);
  }
}
try {
  setInterval('code string');
} catch (e) {
  console.log('setInterval:', e.code, e.message);
}
