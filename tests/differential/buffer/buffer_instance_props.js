// parent and offset legacy getters, BYTES_PER_ELEMENT, length
const b = Buffer.from(new ArrayBuffer(8), 2, 3);
console.log(b.parent === b.buffer, b.offset, b.BYTES_PER_ELEMENT, b.length, b.byteLength);
console.log(Buffer.prototype.parent, Buffer.prototype.offset);
const d = Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent');
console.log(typeof d.get, d.enumerable);
