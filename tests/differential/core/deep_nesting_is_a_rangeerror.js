// Checks that absurdly nested source (100 000 brackets) gives a catchable RangeError, not a crash.
for (const src of ['['.repeat(100000) + ']'.repeat(100000), '('.repeat(100000) + '1' + ')'.repeat(100000)]) {
  try {
    eval(src);
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.message);
  }
  try {
    new Function(src);
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.message);
  }
}
console.log('still alive');
