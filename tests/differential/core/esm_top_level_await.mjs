// Checks top-level await in an ES module suspends evaluation while other tasks run.
setTimeout(() => console.log('timer 5 fired'), 5);
console.log('before await');
const v = await new Promise((r) => setTimeout(() => r('resolved by 50ms timer'), 50));
console.log('after await:', v);
await null;
console.log('after await null');
process.nextTick(() => console.log('tick after tla'));
