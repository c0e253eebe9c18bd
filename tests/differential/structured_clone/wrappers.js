// structuredClone copies Boolean, String, Number and BigInt wrapper objects.
const out = structuredClone([new Boolean(false), new String('s'), new Number(3.5), Object(5n)]);
console.log(out);
console.log(typeof out[0], out[0].valueOf(), out[1].length, out[2] + 1, typeof out[3].valueOf());
