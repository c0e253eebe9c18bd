// structuredClone returns primitives unchanged (including -0, NaN, BigInt, undefined, null).
for (const v of [1, 'str', true, null, undefined, 10n, NaN, Infinity]) console.log(structuredClone(v));
console.log(Object.is(structuredClone(-0), -0));
