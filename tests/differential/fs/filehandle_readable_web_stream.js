// FileHandle.readableWebStream(): ArrayBuffer chunks of up to 64 KiB, the handle locked to it (ERR_INVALID_STATE),
// 'closed' after close(), options.type checked, and type 'bytes' read with a BYOB reader and a default one
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-fs-fh-web-'));
const f = path.join(dir, 'a.bin');
fs.writeFileSync(f, Buffer.alloc(150000, 120));
(async () => {
  const fh = await fs.promises.open(f);
  const rs = fh.readableWebStream();
  console.log(rs.constructor.name, rs.locked);
  const sizes = [];
  for await (const chunk of rs) sizes.push([chunk.constructor.name, chunk.byteLength]);
  console.log(sizes, fh.fd > 0);
  try { fh.readableWebStream(); } catch (e) { console.log(e.name, e.code, e.message); }
  await fh.close();
  try { fh.readableWebStream(); } catch (e) { console.log(e.name, e.code, e.message); }
  // bytes
  const fh2 = await fs.promises.open(f);
  try { fh2.readableWebStream({ type: 5 }); } catch (e) { console.log(e.code, e.message); }
  const fh3 = await fs.promises.open(f);
  const br = fh3.readableWebStream({ type: 'bytes' });
  const reader = br.getReader({ mode: 'byob' });
  let total = 0; let reads = 0;
  for (;;) {
    const { done, value } = await reader.read(new Uint8Array(50000));
    if (done) break;
    total += value.byteLength; reads++;
  }
  console.log('byob', total, reads);
  await fh3.close();
  await fh2.close();
  // the default reader on a bytes stream
  const fh6 = await fs.promises.open(f);
  let n6 = 0; let c6;
  for await (const chunk of fh6.readableWebStream({ type: 'bytes' })) { n6 += chunk.byteLength; c6 = chunk.constructor.name; }
  console.log('bytes default', n6, c6);
  await fh6.close();
  fs.rmSync(dir, { recursive: true });
})();
