// fs.promises.watch: an async iterator of { eventType, filename }, ended by its signal with an
// AbortError; an already aborted signal rejects the first next().
const fs = require('fs');
const { watch } = require('fs/promises');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-watch-promises-');
(async () => {
  const ac = new AbortController();
  setTimeout(() => fs.writeFileSync(d + '/a.txt', '1'), 20);
  try {
    for await (const ev of watch(d, { signal: ac.signal })) {
      console.log(Object.keys(ev).join(','), ev.eventType, ev.filename);
      ac.abort();
    }
  } catch (e) {
    console.log(e.name, e.code);
  }
  try {
    await watch(d, { signal: AbortSignal.abort() }).next();
  } catch (e) {
    console.log('pre-aborted', e.name, e.code);
  }
  const it = watch(d);
  console.log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  console.log(await it.return());
  console.log(await it.next());
})();
process.on('exit', () => fs.rmSync(d, { recursive: true, force: true }));
