// Readable operators over different sources: flatMap to arrays, async generators, Readables
// and strings; chaining; operators on non-object-mode byte streams; early break.
const { Readable } = require('stream');
(async () => {
  console.log(await Readable.from([1, 2]).flatMap((x) => Readable.from([x, x * 10])).toArray());
  console.log(await Readable.from(['ab', 'cd']).flatMap((s) => s).toArray());
  console.log(await Readable.from([[1, [2]], [3]]).flatMap((a) => a).toArray());
  const bytes = new Readable({
    read() {
      this.push(Buffer.from('hello'));
      this.push(Buffer.from('world'));
      this.push(null);
    },
  });
  console.log(await bytes.map((b) => b.toString().toUpperCase()).toArray());
  const chained = Readable.from([1, 2, 3, 4, 5, 6, 7, 8])
    .filter((n) => n % 2 === 0)
    .map((n) => n * n)
    .drop(1)
    .take(2);
  console.log(await chained.toArray());
  let pulled = 0;
  const counting = Readable.from((function* () {
    for (let i = 0; i < 100; i++) {
      pulled++;
      yield i;
    }
  })());
  for await (const v of counting.map((x) => x + 1)) {
    if (v === 3) break;
  }
  console.log('pulled far fewer than 100:', pulled < 20);
  console.log(await Readable.from([]).map((x) => x).toArray(), await Readable.from([]).some(() => true));
})();
