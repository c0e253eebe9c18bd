// Checks that an interval whose callback throws (with an uncaughtException handler) keeps repeating.
let n = 0;
process.on('uncaughtException', (e) => console.log('caught', e.message));
const iv = setInterval(() => {
  n++;
  if (n === 4) {
    clearInterval(iv);
    console.log('cleared at', n);
    return;
  }
  throw new Error('run ' + n);
}, 2);
