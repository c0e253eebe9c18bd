// Checks that a long self-scheduling microtask loop fully runs before a ready timer.
let count = 0;
setTimeout(() => console.log('timer after', count, 'microtasks'), 0);
function spin() {
  if (++count < 10000) queueMicrotask(spin);
}
queueMicrotask(spin);
