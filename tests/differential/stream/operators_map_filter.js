// Readable.prototype.map / filter / flatMap / take / drop return new Readables in source order.
const { Readable } = require('stream');
(async () => {
  console.log(await Readable.from([1, 2, 3, 4, 5]).map((x) => x * 10).toArray());
  console.log(await Readable.from([1, 2, 3, 4, 5]).filter((x) => x % 2).toArray());
  console.log(await Readable.from([1, 2, 3]).map(async (x) => { await null; return [x, x]; }).toArray());
  console.log(await Readable.from([1, 2, 3]).flatMap((x) => [x, -x]).toArray());
  console.log(await Readable.from(['a', 'b']).flatMap(async function* (x) { yield x; yield x.toUpperCase(); }).toArray());
  console.log(await Readable.from([1, 2, 3, 4, 5]).drop(2).take(2).toArray());
  console.log(await Readable.from([1, 2, 3]).take(0).toArray(), await Readable.from([1, 2, 3]).drop(10).toArray());
  console.log(await Readable.from([1, 2, 3]).take(1.5).toArray());
  console.log(await Readable.from([1, 2]).asIndexedPairs().toArray());
  const r = Readable.from([1]).map((x) => x);
  console.log(r instanceof Readable, r.readableObjectMode, r.readableHighWaterMark);
  console.log(await Readable.from(Buffer.from('hey')).map((b) => b.length).toArray());
  const objs = Readable.from([{ a: 1 }, { a: 2 }]).map((o) => o.a).filter((a) => a > 1);
  for await (const v of objs) console.log('got', v);
})();
