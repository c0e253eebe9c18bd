// Checks that beforeExit fires again after it schedules more work, and stops once it schedules nothing.
let fired = 0;
process.on('beforeExit', (code) => {
  fired++;
  console.log('beforeExit', fired, 'code', code);
  if (fired < 3) setTimeout(() => console.log('work scheduled by beforeExit', fired), 1);
});
process.on('exit', (code) => console.log('exit', code, 'beforeExit fired', fired));
console.log('main done');
