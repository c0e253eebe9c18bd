// fs.Dir as Node's: async reads queue behind the one in flight (sync forms throw
// ERR_DIR_CONCURRENT_OPERATION meanwhile), read() on a closed Dir throws even in promise form,
// close() twice (callback and promise), opendirSync's error message without the path, the
// callback form's with it, options validated by the Dir constructor, the internals that
// util.inspect shows, a subdirectory's first batch only with `recursive` (bufferSize 2).
const fs = require('fs');
const util = require('util');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-dirq-');
const r = (s) => String(s).split(d).join('<tmp>');
const log = (...a) => console.log(...a.map(r));
process.on('exit', () => fs.rmSync(d, { recursive: true, force: true }));
for (const n of ['a', 'b', 'c']) fs.writeFileSync(`${d}/${n}`, n);
fs.mkdirSync(`${d}/sub/inner`, { recursive: true });
for (const n of ['x', 'y', 'z']) fs.writeFileSync(`${d}/sub/inner/${n}`, n);

try { fs.opendirSync(`${d}/nope`, { bufferSize: -1 }); } catch (e) { log('1', e.code, e.message, e.path); }
try { fs.opendirSync(d, { bufferSize: 0 }); } catch (e) { log('2', e.code); }
try { new fs.Dir(); } catch (e) { log('3', e.code, e.message); }
log('shape', fs.Dir.name, fs.Dir.length, Object.getOwnPropertyNames(fs.Dir.prototype).join());

const dir = fs.opendirSync(d);
log(util.inspect(dir).replace(/\s+/g, ' '));
const seen = [];
dir.read((e, x) => seen.push(`cb1 ${e} ${typeof x.name}`));
dir.read((e, x) => seen.push(`cb2 ${e} ${typeof x.name}`));
for (const f of ['readSync', 'closeSync']) {
  try { dir[f](); } catch (e) { log(f, e.code, e.message); }
}
dir.read().then((x) => seen.push(`p3 ${typeof x.name}`));
dir.close((err) => {
  log(seen.join(' | '), 'closed', err);
  try { dir.read(); } catch (e) { log('read after close', e.code); }
  try { dir.readSync(); } catch (e) { log('readSync after close', e.code); }
  dir.close((e) => log('close cb after close', e.code));
  dir.close().catch((e) => log('close promise after close', e.code));
  // One after the other: opendirs in flight together complete in the pool's order, which varies.
  fs.opendir(`${d}/nope`, (err) => {
    log('cb', err.code, err.syscall, err.message);
    fs.promises.opendir(`${d}/a`).catch((err) => {
      log('promise', err.code, err.message);
      fs.opendir(d, 'buffer', (err, bd) => {
        const e = bd.readSync();
        log('buffer', Buffer.isBuffer(e.name), typeof e.parentPath, bd.closeSync());
      });
    });
  });
  // Node 20 reads one batch of a subdirectory: with bufferSize 2, sub/inner gives 2 of its 3.
  const rd = fs.opendirSync(`${d}/sub`, { recursive: true, bufferSize: 2 });
  let n = 0;
  while (rd.readSync() !== null) n++;
  log('recursive entries', n);
  rd.closeSync();
});
