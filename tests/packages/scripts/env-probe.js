// environment probing as packages do it: window, global, Buffer, process.stdout.isTTY
console.log(typeof window, typeof global, global === globalThis, typeof Buffer, typeof process.stdout.isTTY, typeof module, typeof define);
