// the buffer module's exports and constants
const buffer = require('buffer');
console.log(buffer.kMaxLength, buffer.kStringMaxLength, buffer.constants);
console.log(buffer.Buffer === Buffer, require('node:buffer') === buffer);
console.log(typeof buffer.SlowBuffer, typeof buffer.atob, typeof buffer.btoa, typeof buffer.Blob, typeof buffer.isUtf8, typeof buffer.isAscii, typeof buffer.transcode);
console.log(buffer.atob === atob, buffer.btoa === btoa, buffer.Blob === Blob);
console.log(Buffer.poolSize, typeof Buffer.from, Buffer.name, Buffer.length);
console.log(Object.getPrototypeOf(Buffer) === Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype);
console.log(Buffer.prototype.constructor === Buffer, Buffer[Symbol.species] === Buffer);
