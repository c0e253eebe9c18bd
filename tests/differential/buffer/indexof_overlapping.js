// searches with repeated and overlapping patterns
const b = Buffer.from('aaaaab');
console.log(b.indexOf('aa'), b.indexOf('aa', 1), b.lastIndexOf('aa'), b.lastIndexOf('aab'), b.indexOf('aab'), b.indexOf('aaaaaab'));
const c = Buffer.from('abababab');
console.log(c.indexOf('abab', 1), c.lastIndexOf('abab'), c.lastIndexOf('abab', 3), c.lastIndexOf('bab', 0));
const d = Buffer.from([0, 0, 0, 1]);
console.log(d.indexOf(Buffer.from([0, 1])), d.lastIndexOf(0), d.indexOf(0, 3));
