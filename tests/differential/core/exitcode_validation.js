// Checks Node 20's validation of process.exitCode and process.exit() arguments (ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE).
for (const v of ['abc', 1.5, '2', null, undefined, true, {}]) {
  try {
    process.exitCode = v;
    console.log('accepted', JSON.stringify(v), '->', process.exitCode);
  } catch (e) {
    console.log(e.code, '|', e.message);
  }
}
process.exitCode = 0;
for (const v of ['x', 1.5]) {
  try {
    process.exit(v);
  } catch (e) {
    console.log('exit(' + JSON.stringify(v) + '):', e.code, '|', e.message);
  }
}
console.log('still running');
