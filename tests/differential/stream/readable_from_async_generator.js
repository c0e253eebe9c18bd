// Checks Readable.from over an async generator consumed with for await.
const { Readable } = require('stream');
async function* gen() {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 1));
    yield `v${i}`;
  }
}
(async () => {
  const out = [];
  for await (const v of Readable.from(gen())) out.push(v);
  console.log(out);
})();
