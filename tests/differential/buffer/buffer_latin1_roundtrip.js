// every byte value round-trips through latin1 and hex and base64
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
for (const enc of ['latin1', 'hex', 'base64', 'base64url', 'binary']) {
  const s = all.toString(enc);
  console.log(enc, s.length, Buffer.from(s, enc).equals(all));
}
const ucs = all.toString('ucs2');
console.log(ucs.length, Buffer.from(ucs, 'ucs2').equals(all));
const utf = all.toString('utf8');
console.log(utf.length, Buffer.from(utf).length);
