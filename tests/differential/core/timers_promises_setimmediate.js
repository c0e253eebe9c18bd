// Checks require('node:timers/promises').setImmediate resolves with its value after microtasks.
const { setImmediate: immediate } = require('node:timers/promises');
immediate('first').then((v) => console.log('immediate resolved:', v));
Promise.resolve().then(() => console.log('plain microtask'));
process.nextTick(() => console.log('tick'));
(async () => {
  const a = await immediate(1);
  const b = await immediate(2);
  console.log('sequential:', a, b);
})();
