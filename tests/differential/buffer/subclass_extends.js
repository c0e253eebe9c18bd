// classes extending Buffer keep Buffer methods
class Sub extends Uint8Array {}
Object.setPrototypeOf(Sub.prototype, Buffer.prototype);
const s = new Sub(3);
s.fill(65);
console.log(s.toString(), s.readUInt8(0), Buffer.isBuffer(s), s.constructor.name);
