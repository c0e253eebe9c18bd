// Dir: async iteration (closes the Dir at the end), read() as a promise and readSync(),
// closing twice, and fs.promises.opendir with for await.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-dir-async-');
for (const n of ['b', 'a', 'c']) fs.writeFileSync(`${d}/${n}`, n);
fs.mkdirSync(d + '/sub');
(async () => {
  const names = [];
  for await (const ent of fs.opendirSync(d)) names.push(`${ent.name}:${ent.isDirectory()}`);
  console.log(names.sort().join(' '));
  const dir = await fs.promises.opendir(d);
  const first = await dir.read();
  console.log(typeof first.name, first.constructor.name);
  await dir.close();
  try {
    await dir.close();
  } catch (e) {
    console.log(e.code);
  }
  const dir2 = fs.opendirSync(d, { bufferSize: 1 });
  const ent2 = await dir2.read();
  console.log('promise read', typeof ent2.name);
  dir2.closeSync();
  {
    let n = 0;
    const it = fs.opendirSync(d);
    let e;
    while ((e = it.readSync()) !== null) n++;
    it.closeSync();
    console.log('sync count', n, it.path === d);
    fs.rmSync(d, { recursive: true, force: true });
  }
})();
