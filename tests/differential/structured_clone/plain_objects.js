// structuredClone deep-copies plain objects and arrays.
const src = { a: 1, b: { c: [1, 2, { d: 'x' }] }, e: undefined, f: null };
const out = structuredClone(src);
console.log(out, out !== src, out.b !== src.b, out.b.c !== src.b.c);
src.b.c[2].d = 'changed';
console.log(out.b.c[2].d);
console.log(Object.getPrototypeOf(out) === Object.prototype);
