// structuredClone copies Date and RegExp (flags kept, lastIndex reset).
const d = new Date(86400000);
const cd = structuredClone(d);
console.log(cd instanceof Date, cd !== d, cd.toISOString());
console.log(structuredClone(new Date(NaN)).getTime());
const r = /ab+c/gimsuy;
r.lastIndex = 4;
const cr = structuredClone(r);
console.log(cr instanceof RegExp, cr !== r, cr.source, cr.flags, cr.lastIndex);
