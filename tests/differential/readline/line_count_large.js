// Checks many lines arriving in uneven chunks are all delivered in order.
const { Readable } = require('stream');
const readline = require('readline');
let text = '';
for (let i = 0; i < 200; i++) text += `line ${i}\n`;
const chunks = [];
for (let i = 0; i < text.length; i += 37) chunks.push(text.slice(i, i + 37));
const rl = readline.createInterface({ input: Readable.from(chunks) });
let n = 0;
let last;
rl.on('line', (l) => { n++; last = l; });
rl.on('close', () => console.log(n, last));
