// Checks pull() driving a web ReadableStream consumed with for await.
let i = 0;
const rs = new ReadableStream({
  pull(c) {
    i++;
    if (i > 3) c.close();
    else c.enqueue(i * 2);
  },
});
(async () => {
  const out = [];
  for await (const v of rs) out.push(v);
  console.log(out);
})();
