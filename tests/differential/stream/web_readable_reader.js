// Checks a web ReadableStream read through a default reader until done.
const rs = new ReadableStream({
  start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); },
});
(async () => {
  const reader = rs.getReader();
  console.log('locked', rs.locked);
  for (;;) {
    const { value, done } = await reader.read();
    console.log(JSON.stringify(value), done);
    if (done) break;
  }
  reader.releaseLock();
  console.log('locked', rs.locked);
})();
