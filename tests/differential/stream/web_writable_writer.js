// Checks a web WritableStream with a writer: writes in order, then close.
const chunks = [];
const ws = new WritableStream({
  write(chunk) { chunks.push(chunk); },
  close() { console.log('sink closed', chunks); },
});
(async () => {
  const w = ws.getWriter();
  await w.ready;
  await w.write('x');
  await w.write('y');
  await w.close();
  console.log('done', ws.locked);
})();
