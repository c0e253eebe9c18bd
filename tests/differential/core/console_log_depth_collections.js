// Checks depth cut-off markers for Map, Set, arrays, class instances, null-prototype and tagged objects.
console.log({
  a: {
    b: {
      c: new Map([[1, 2]]),
      s: new Set([1]),
      p: new (class P {})(),
      q: new (class Q { constructor() { this.v = 1; } })(),
      n: Object.create(null),
      arr: [1],
      o: { [Symbol.toStringTag]: 'X' },
      f() {},
    },
  },
});
console.log({ v: 1, [Symbol.toStringTag]: 'Tag' });
console.log({ a: { b: { c: {} } }, e: { f: { g: new Map() } } });
