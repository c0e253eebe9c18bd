// Checks tee() giving two branches that both see every chunk.
const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
const [a, b] = rs.tee();
(async () => {
  const ra = [];
  const rb = [];
  for await (const v of a) ra.push(v);
  for await (const v of b) rb.push(v);
  console.log(ra, rb, rs.locked);
})();
