// Checks that inside a timer callback, setImmediate runs before setTimeout(0) (check phase precedes next timers phase).
function pair(label, next) {
  setTimeout(() => {
    console.log('timeout', label);
    if (next) next();
  }, 0);
  setImmediate(() => console.log('immediate', label));
}
setTimeout(() => pair(1, () => setTimeout(() => pair(2), 0)), 0);
