// inspect of a Buffer subclass uses the subclass name
class MyBuf extends Buffer {}
const b = Buffer.from('ab');
Object.setPrototypeOf(b, MyBuf.prototype);
console.log(b);
console.log(b instanceof Buffer, Buffer.isBuffer(b));
