// Checks that an interval keeps firing until a separate timeout (scheduled from its 3rd run) clears it, letting the process exit.
let n = 0;
const iv = setInterval(() => {
  n++;
  if (n <= 3) console.log('interval', n);
  if (n === 3) {
    setTimeout(() => {
      clearInterval(iv);
      console.log('timeout cleared the interval; it had run at least 3 times:', n >= 3);
    }, 30);
  }
}, 5);
process.on('exit', () => console.log('exit'));
