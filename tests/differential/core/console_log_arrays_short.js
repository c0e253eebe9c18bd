// Checks console.log of short arrays, nested arrays, holes and extra properties.
console.log([]);
console.log([1, 2, 3]);
console.log(['a', ['b', ['c']]]);
console.log([undefined, null, NaN]);
console.log([, 1, , , 2, , ]);
console.log(new Array(5));
const withProps = [1, 2];
withProps.extra = 'x';
console.log(withProps);
console.log([{ a: 1 }, { b: 2 }]);
