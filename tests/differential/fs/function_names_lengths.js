// Every function of fs, fs/promises and FileHandle.prototype has Node's name and length (the
// callback and promise forms are built by generic wrappers that would have none).
const fs = require('fs');
const out = [];
for (const k of Object.keys(fs).sort()) { const v = fs[k]; if (typeof v === 'function') out.push(`${k}:${v.name}:${v.length}`); }
for (const k of Object.keys(fs.promises).sort()) { const v = fs.promises[k]; if (typeof v === 'function') out.push(`p.${k}:${v.name}:${v.length}`); }
(async () => {
  const fh = await fs.promises.open(__filename);
  const proto = Object.getPrototypeOf(fh);
  for (const k of Object.getOwnPropertyNames(proto).sort()) { const d = Object.getOwnPropertyDescriptor(proto, k); if (typeof d.value === 'function') out.push(`fh.${k}:${d.value.name}:${d.value.length}`); }
  await fh.close();
  console.log(out.join('\n'));
})();
