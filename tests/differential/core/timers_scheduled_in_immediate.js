// Checks that timers scheduled inside an immediate fire in delay order after it.
setImmediate(() => {
  console.log('immediate');
  setTimeout(() => console.log('timer 90'), 90);
  setTimeout(() => console.log('timer 30'), 30);
  setTimeout(() => console.log('timer 60'), 60);
  setTimeout(() => console.log('timer 30 second'), 30);
});
