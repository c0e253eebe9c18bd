// Checks that timers scheduled inside an immediate fire in delay order after it.
setImmediate(() => {
  console.log('immediate');
  setTimeout(() => console.log('timer 300'), 300);
  setTimeout(() => console.log('timer 100'), 100);
  setTimeout(() => console.log('timer 200'), 200);
  setTimeout(() => console.log('timer 100 second'), 100);
});
