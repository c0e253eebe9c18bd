// swap16 converts between utf16le and utf16be text
const be = Buffer.from([0x00, 0x68, 0x00, 0x69, 0x20, 0xac]);
console.log(JSON.stringify(Buffer.from(be).swap16().toString('utf16le')));
const le = Buffer.from('h€', 'utf16le');
console.log(le.swap16(), le.swap16().toString('utf16le'));
const q = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(q.readUInt32LE(0), q.swap32().readUInt32BE(0), q.swap64().readBigUInt64LE(0));
