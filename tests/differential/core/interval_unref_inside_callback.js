// Checks that unref() called inside an interval's own callback lets the process exit after that run.
// (50 ms apart: a slow first callback must not make the second run due before the loop re-checks liveness, as libuv itself would allow.)
console.log('start');
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('run', n);
  iv.unref();
}, 50);
process.on('exit', () => console.log('exit after', n, 'run(s)'));
