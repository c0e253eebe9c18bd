// Checks pipeline with an async generator transform and a function destination.
const { pipeline, Readable } = require('stream');
pipeline(
  Readable.from([1, 2, 3]),
  async function* (source) { for await (const n of source) yield n * 10; },
  async function (source) {
    let sum = 0;
    for await (const n of source) sum += n;
    console.log('sum', sum);
    return sum;
  },
  (err, val) => console.log('done', err, val),
);
