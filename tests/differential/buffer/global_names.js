// Buffer, atob, btoa, TextEncoder, TextDecoder and Blob are globals
for (const name of ['Buffer', 'atob', 'btoa', 'TextEncoder', 'TextDecoder', 'Blob']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], d.enumerable);
}
console.log(Buffer === require('buffer').Buffer);
