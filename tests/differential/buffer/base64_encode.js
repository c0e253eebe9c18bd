// base64 and base64url encoding of every remainder length
for (let n = 0; n < 8; n++) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = 0xf8 + i;
  console.log(n, b.toString('base64'), b.toString('base64url'));
}
console.log(Buffer.from('hello world').toString('base64'));
console.log(Buffer.from('aGVsbG8', 'base64url').toString());
console.log(Buffer.from('aGVsbG8=', 'base64url').toString());
console.log(Buffer.from([0xfb, 0xff]).toString('base64url'), Buffer.from([0xfb, 0xff]).toString('base64'));
console.log(Buffer.from('hello').toString('BASE64'));
