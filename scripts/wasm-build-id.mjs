// Append a `nodeboa_build` custom section to a .wasm: the SHA-256 of the module as it was, in hex.
// A heap snapshot (www/lib/snapshot.js) records it and is restored only into a module that has
// the same: its memory layout and function table are those of that exact build.
// Usage: node scripts/wasm-build-id.mjs FILE.wasm
import fs from 'node:fs';
import crypto from 'node:crypto';

const file = process.argv[2];
const wasm = fs.readFileSync(file);
const id = Buffer.from(crypto.createHash('sha256').update(wasm).digest('hex'));
const name = Buffer.from('nodeboa_build');
const leb = (n) => {
  const out = [];
  do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n);
  return Buffer.from(out);
};
const body = Buffer.concat([leb(name.length), name, id]);
fs.writeFileSync(file, Buffer.concat([wasm, Buffer.from([0]), leb(body.length), body]));
