// qs: deep dependency tree (side-channel, get-intrinsic...)
const qs = require('qs');
console.log(qs.parse('a[b]=1&c=2&d[]=x'), qs.stringify({ a: { b: [1, 2] } }));
