// compare orders by bytes then by length
const vals = ['', 'a', 'ab', 'b', 'aa', '\u00ff', 'A'].map((s) => Buffer.from(s, 'latin1'));
for (const x of vals) console.log(vals.map((y) => Buffer.compare(x, y)).join(' '));
console.log(Buffer.from([1, 2]).compare(Buffer.from([1, 2, 0])), Buffer.from([255]).compare(Buffer.from([0, 0])));
