// map with `concurrency`: at most N calls run at once, results keep source order.
const { Readable } = require('stream');
const { setTimeout: sleep } = require('timers/promises');
(async () => {
  for (const concurrency of [1, 2, 3]) {
    let active = 0;
    let peak = 0;
    const out = await Readable.from([5, 1, 4, 2, 3]).map(async (x) => {
      active++;
      peak = Math.max(peak, active);
      await sleep(x * 3);
      active--;
      return x * 2;
    }, { concurrency }).toArray();
    console.log(concurrency, out, 'peak', peak);
  }
  let peak = 0;
  let active = 0;
  const kept = await Readable.from([1, 2, 3, 4, 5, 6]).filter(async (x) => {
    active++;
    peak = Math.max(peak, active);
    await sleep(5);
    active--;
    return x % 3 === 0;
  }, { concurrency: 4 }).toArray();
  console.log(kept, 'peak', peak);
  const done = [];
  // Durations far apart: whether 2 starts at once or when 1 ends, it ends well before 4.
  await Readable.from([4, 1, 2]).forEach(async (x) => { await sleep(x * 10); done.push(x); }, { concurrency: 3 });
  console.log('forEach completion order', done);
})();
