// Checks that recursive nextTick calls all run before promises, timers and immediates.
let n = 0;
function again() {
  n++;
  if (n < 1000) process.nextTick(again);
  else console.log('ticks done', n);
}
process.nextTick(again);
Promise.resolve().then(() => console.log('promise sees n =', n));
setTimeout(() => console.log('timeout sees n =', n), 0);
setImmediate(() => console.log('immediate sees n =', n));
