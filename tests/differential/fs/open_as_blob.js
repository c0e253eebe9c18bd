// fs.openAsBlob: a Blob with the file's bytes and the given type; a bad type throws.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-open-as-blob-');
fs.writeFileSync(d + '/a.txt', 'hello blob');
(async () => {
  const b = await fs.openAsBlob(d + '/a.txt', { type: 'text/plain' });
  console.log(b.constructor.name, b.size, b.type, await b.text());
  const b2 = await fs.openAsBlob(d + '/a.txt');
  console.log(JSON.stringify(b2.type), Buffer.from(await b2.arrayBuffer()).toString());
  try {
    fs.openAsBlob(d + '/a.txt', { type: 5 });
  } catch (e) {
    console.log(e.code);
  }
})().finally(() => fs.rmSync(d, { recursive: true, force: true }));
