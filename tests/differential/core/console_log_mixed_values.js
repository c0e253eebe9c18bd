// Checks console.log of a mixed nested structure of many value kinds.
console.log({
  str: 'text',
  num: 1.5,
  big: 10n,
  bool: false,
  nil: null,
  undef: undefined,
  arr: [1, 'two', [3, [4, [5]]]],
  obj: { inner: { deeper: { deepest: 1 } } },
  fn: function hello() {},
  sym: Symbol('s'),
});
console.log([{ id: 1, tags: ['a', 'b'] }, { id: 2, tags: [] }], 'trailing string', 7);
