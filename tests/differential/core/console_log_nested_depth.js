// Checks the default depth cut-off (2) for nested objects and arrays: [Object] and [Array].
const deep = { l1: { l2: { l3: { l4: 'too deep' } }, arr: [[[['deep array']]]] } };
console.log(deep);
console.log([[[[1]]]]);
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log({ a: { b: { c: { d: 1 } } } });
console.log([{ a: { b: { c: 1 } } }]);
