// Blob: size, type, slice, text, arrayBuffer
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
(async () => {
  const b = new Blob(['ab', Buffer.from('c'), new Uint8Array([100])], { type: 'Text/Plain' });
  console.log(b, b.size, b.type);
  console.log(await b.text());
  console.log(new Uint8Array(await b.arrayBuffer()));
  const s = b.slice(1, 3, 'x/y');
  console.log(s, await s.text());
  console.log(await b.slice(-2).text(), await b.slice(2, 1).text(), b.slice(0, 100).size);
  const nested = new Blob([b, 'e']);
  console.log(nested.size, await nested.text());
  console.log(new Blob().size, new Blob([], { type: 'é' }).type);
  console.log(Object.prototype.toString.call(b), b instanceof Blob);
  console.log(new Blob(['€']).size);
})();
