// Checks require('timers/promises').setTimeout resolves with its value, in delay order.
const { setTimeout: sleep } = require('timers/promises');
(async () => {
  const v = await sleep(150, 'one-fifty');
  console.log('resolved:', v);
  const u = await sleep(1);
  console.log('no value resolves to:', u);
  const all = await Promise.all([sleep(90, 'c'), sleep(30, 'a'), sleep(60, 'b')]);
  console.log('all keeps input order:', all);
})();
sleep(5).then(() => console.log('5ms first'));
