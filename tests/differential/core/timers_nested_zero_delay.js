// Checks that a 0ms timer created inside a 0ms timer runs after the already-due timers.
setTimeout(() => {
  console.log('A');
  setTimeout(() => console.log('A child'), 0);
}, 0);
setTimeout(() => console.log('B'), 0);
setTimeout(() => {
  console.log('C');
  setTimeout(() => console.log('C child'), 0);
}, 0);
