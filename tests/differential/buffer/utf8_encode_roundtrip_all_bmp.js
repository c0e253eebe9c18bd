// every BMP code point (and surrogates) survives or is replaced exactly as Node does
let s = '';
for (let c = 0; c < 0x10000; c += 7) s += String.fromCharCode(c);
const b = Buffer.from(s);
console.log(b.length, Buffer.byteLength(s));
const back = b.toString();
let diffs = 0;
for (let i = 0; i < s.length; i++) if (s[i] !== back[i]) diffs++;
console.log(back.length, diffs);
let sum = 0;
for (const x of b) sum = (sum * 31 + x) >>> 0;
console.log(sum);
