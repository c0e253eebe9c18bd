// Checks that timers with the same delay fire in insertion order.
for (let i = 0; i < 10; i++) setTimeout(() => console.log('timer', i), 100);
setTimeout(() => console.log('zero a'), 0);
setTimeout(() => console.log('zero b'), 0);
setTimeout(() => console.log('one (same list as 0)'), 1);
setTimeout(() => console.log('zero c'), 0);
