// Operators and AbortSignal: an aborted signal rejects with AbortError; map passes its own
// signal to fn, aborted when the result stream is destroyed.
const { Readable } = require('stream');
(async () => {
  const ac = new AbortController();
  ac.abort();
  for (const t of [() => Readable.from([1]).toArray({ signal: ac.signal }),
    () => Readable.from([1]).map((x) => x, { signal: ac.signal }).toArray(),
    () => Readable.from([1, 2]).reduce((a, b) => a + b, 0, { signal: ac.signal }),
    () => Readable.from([1]).take(1, { signal: ac.signal }).toArray()]) {
    try {
      await t();
      console.log('resolved');
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  let inner;
  const mapped = Readable.from([1, 2, 3]).map((x, { signal }) => {
    inner = signal;
    return x;
  });
  for await (const v of mapped) {
    console.log('value', v, inner.aborted);
    break;
  }
  await null;
  console.log('after break', inner.aborted, mapped.destroyed);
  const ac2 = new AbortController();
  const slow = Readable.from([1, 2, 3]).map(async (x) => {
    if (x === 2) ac2.abort();
    return x;
  }, { signal: ac2.signal });
  try {
    console.log(await slow.toArray());
  } catch (e) {
    console.log('mid-stream abort:', e.name);
  }
})();
