// Checks that unref() called inside an interval's own callback lets the process exit after that run.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('run', n);
  iv.unref();
}, 2);
process.on('exit', () => console.log('exit after', n, 'run(s)'));
