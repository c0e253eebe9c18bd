// stdin: 3\n10 20 30\n
// The competitive-programming idiom: read stdin with small readSync calls until 0, then parse.
const fs = require('fs');
const chunks = [];
const buf = Buffer.alloc(4);
let n;
let reads = 0;
while ((n = fs.readSync(0, buf, 0, buf.length, null)) > 0) {
  chunks.push(Buffer.from(buf.subarray(0, n)));
  reads++;
}
const input = Buffer.concat(chunks).toString();
const [count, line] = input.trim().split('\n');
const sum = line.split(' ').map(Number).reduce((a, b) => a + b, 0);
console.log(count, sum, reads >= 3);
console.log(fs.readFileSync('/dev/stdin', 'utf8').length);
