// The promise-returning Readable operators: forEach, toArray, some, every, find, reduce.
const { Readable } = require('stream');
(async () => {
  const seen = [];
  console.log(await Readable.from([1, 2, 3]).forEach((x) => { seen.push(x); }), seen);
  console.log(await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2, 3]).some((x) => x > 5));
  console.log(await Readable.from([1, 2, 3]).every((x) => x > 0), await Readable.from([1, 2, 3]).every(async (x) => x > 1));
  console.log(await Readable.from([1, 2, 3]).find((x) => x > 1), await Readable.from([1, 2, 3]).find((x) => x > 9));
  console.log(await Readable.from([1, 2, 3, 4]).reduce((a, b) => a + b));
  console.log(await Readable.from([1, 2, 3, 4]).reduce((a, b) => a + b, 100));
  console.log(await Readable.from([]).reduce((a, b) => a + b, 'init'));
  console.log(await Readable.from(['x', 'y']).reduce(async (a, b) => a + b, ''));
  console.log(await Readable.from([]).toArray());
  // some() stops early and destroys the source.
  const src = Readable.from([1, 2, 3, 4, 5]);
  console.log(await src.some((x) => x === 2));
  await new Promise((resolve) => setImmediate(resolve));
  console.log('source destroyed', src.destroyed);
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    await Readable.from([1, 2]).forEach(() => { throw new Error('boom'); });
  } catch (e) {
    console.log('forEach rejected:', e.message);
  }
})();
