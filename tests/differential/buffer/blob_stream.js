// buffer differential: Blob.prototype.stream(): a byte stream (BYOB readers work) giving one
// chunk per part, nothing for empty parts, a slice's bytes, and `this` checks.
const util = require('util');
(async () => {
  console.log(Object.getOwnPropertyNames(Blob.prototype).join(), Object.keys(Blob.prototype).join());
  const blob = new Blob(['hello ', '', 'world', new Uint8Array(70000).fill(7)]);
  const stream = blob.stream();
  console.log(util.inspect(stream), stream instanceof ReadableStream);
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  console.log(chunks.length, chunks.map((c) => `${c.constructor.name}:${c.length}`).join(' '));
  const byob = new Blob(['abc']).stream().getReader({ mode: 'byob' });
  console.log(await byob.read(new Uint8Array(2)));
  console.log(await byob.read(new Uint8Array(2)));
  console.log(await byob.read(new Uint8Array(2)));
  const empty = [];
  for await (const chunk of new Blob([]).stream()) empty.push(chunk);
  console.log('empty', empty.length);
  let text = '';
  for await (const chunk of blob.slice(3, 9).stream()) text += Buffer.from(chunk).toString();
  console.log(JSON.stringify(text));
  const file = new File(['ab', 'cd'], 'f.txt');
  const parts = [];
  for await (const chunk of file.stream()) parts.push(Buffer.from(chunk).toString());
  console.log(parts);
  try { Blob.prototype.stream.call({}); } catch (e) { console.log(e.name, e.code, e.message); }
})();
