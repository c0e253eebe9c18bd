// toString in every encoding over the same bytes
const b = Buffer.from([0x00, 0x41, 0x7f, 0x80, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xff]);
for (const e of ['utf8', 'utf-8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', 'UTF8', 'Hex']) {
  console.log(e, JSON.stringify(b.toString(e)));
}
