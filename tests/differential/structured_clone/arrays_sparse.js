// structuredClone keeps array holes, length and extra properties.
const a = [1, , 3];
a.extra = 'e';
a[10] = 'ten';
const c = structuredClone(a);
console.log(c, c.length, 1 in c);
console.log(structuredClone(new Array(3)));
