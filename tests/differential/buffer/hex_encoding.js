// hex decoding stops at the first invalid pair; odd lengths drop the last digit
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const s of ['00ff', 'ABcd', 'abzz12', 'a', '1g23', '123', '', 'zz', '0x12', ' 12', 'é1']) {
  t(JSON.stringify(s), () => [Buffer.from(s, 'hex'), Buffer.byteLength(s, 'hex')]);
}
console.log(Buffer.from([0, 15, 16, 255]).toString('hex'));
console.log(Buffer.from('Hi').toString('HEX'));
