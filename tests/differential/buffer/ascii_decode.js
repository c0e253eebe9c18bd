// ascii decoding masks the high bit; latin1 decoding maps bytes to code points
const b = Buffer.from([0x41, 0x80, 0xe9, 0xff, 0x7f]);
console.log(JSON.stringify(b.toString('ascii')));
console.log(JSON.stringify(b.toString('latin1')));
console.log(JSON.stringify(b.toString('binary')));
console.log(b.toString('latin1').length);
