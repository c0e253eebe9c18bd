// slice and subarray share memory, clamp and accept negative indexes
const b = Buffer.from('abcdef');
const s = b.slice(1, 3);
s[0] = 0x58;
console.log(b.toString(), s.toString(), s instanceof Buffer, s.buffer === b.buffer);
const u = b.subarray(-2);
u[1] = 0x5a;
console.log(b.toString(), u.toString());
const args = [[], [2], [-2], [1, -1], [4, 2], [100], [-100], [0, 100], ['1', '3'], [1.7, 3.2], [NaN, 2], [undefined, 2], [null, 3]];
for (const a of args) {
  console.log(JSON.stringify(a), b.slice(...a).toString(), b.subarray(...a).toString());
}
console.log(Object.getPrototypeOf(b.subarray(1)) === Buffer.prototype, b.slice(1).constructor.name);
console.log(Uint8Array.prototype.slice.call(b, 1, 2) instanceof Buffer);
