// Argument checks of the Readable operators, their names and lengths, and `new` on them.
const { Readable } = require('stream');
const p = Readable.prototype;
for (const name of ['map', 'filter', 'forEach', 'toArray', 'some', 'every', 'find', 'reduce', 'take', 'drop', 'flatMap', 'asIndexedPairs']) {
  console.log(name, typeof p[name], p[name].name, p[name].length, Object.keys(p).includes(name));
}
const r = () => Readable.from([1]);
const tries = [
  () => r().map(5), () => r().filter('x'), () => r().flatMap(null), () => r().map((x) => x, 5),
  () => r().map((x) => x, { concurrency: 0 }), () => r().map((x) => x, { concurrency: 'a' }),
  () => r().map((x) => x, { signal: {} }), () => r().take(-1), () => r().drop(-2),
  () => new p.map((x) => x), () => new p.toArray(),
];
for (const t of tries) {
  try {
    t();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
(async () => {
  for (const t of [() => r().forEach(1), () => r().reduce(), () => r().some({}), () => r().toArray(7)]) {
    try {
      await t();
      console.log('resolved');
    } catch (e) {
      console.log('rejected', e.name, e.code, e.message);
    }
  }
})();
