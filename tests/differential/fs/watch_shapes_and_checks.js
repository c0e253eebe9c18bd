// fs.watch, fs.watchFile and fsPromises.watch as Node 20 builds and checks them: the order of
// argument checks, a non-object watchFile options taken as the listener, the watcher objects'
// shapes (a `_handle` with `onchange`, enumerable prototype methods, StatWatcher's reference
// counts), and fsPromises.watch's checks and its one pending event (events that come before the
// consumer asks again are dropped).
const fs = require('fs');
const path = require('path');
const os = require('os');
const util = require('util');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-watch-shapes-'));
const r = (s) => String(s).split(d).join('<tmp>');
const f = d + '/f';
fs.writeFileSync(f, '');
const t = (label, fn) => {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.code, r(e.message));
  }
};
t('watch path before recursive', () => fs.watch(123, { recursive: 1 }));
t('watch signal before path', () => fs.watch(123, { signal: 1 }));
t('watch missing, bad recursive', () => fs.watch(d + '/nope', { recursive: 1 }));
t('watchFile number options', () => fs.watchFile(f, 5, () => {}));
t('watchFile null options', () => fs.watchFile(f, null, () => {}));
const w = fs.watch(f);
console.log(r(util.inspect(w)));
const ks = [];
for (const k in w) ks.push(k);
console.log(ks.join(','));
w.close();
console.log(w._handle);
const l1 = () => {};
const l2 = () => {};
const sw = fs.watchFile(f, { interval: 50 }, l1);
fs.watchFile(f, l2);
console.log(util.inspect(sw, { depth: 0 }));
console.log(Object.keys(Object.getPrototypeOf(sw)), typeof sw._handle.onchange, sw._handle.onchange.name);
const counts = () => Object.getOwnPropertySymbols(sw).filter((x) => String(x).includes('RefCount')).map((x) => sw[x]).join('/');
sw.unref();
console.log('counts', counts());
sw.unref();
sw.unref();
console.log('counts', counts());
fs.unwatchFile(f, l1);
console.log(util.inspect(sw, { depth: 0 }));
sw.ref();
sw.ref();
console.log('counts', counts());
fs.unwatchFile(f);
console.log(util.inspect(sw, { depth: 0 }));
const run = async (label, fn) => {
  try {
    await fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, r(e.message));
  }
};
(async () => {
  await run('p persistent', async () => { for await (const e of fs.promises.watch(f, { persistent: 1 })) console.log(e); });
  await run('p recursive', async () => { for await (const e of fs.promises.watch(f, { recursive: 'x' })) console.log(e); });
  await run('p encoding', async () => { for await (const e of fs.promises.watch(f, { encoding: 'nope' })) console.log(e); });
  await run('p buffer', async () => { for await (const e of fs.promises.watch(f, { encoding: 'buffer' })) console.log(e); });
  await run('p options', async () => { for await (const e of fs.promises.watch(f, 'utf8')) console.log(e); });
  const ac = new AbortController();
  const seen = [];
  const it = fs.promises.watch(d, { signal: ac.signal });
  const first = it.next();
  setTimeout(() => {
    fs.writeFileSync(d + '/a', 'x');
    fs.writeFileSync(d + '/b', 'y');
  }, 50);
  seen.push((await first).value);
  await new Promise((res) => setTimeout(res, 100));
  const second = it.next();
  setTimeout(() => fs.unlinkSync(d + '/a'), 50);
  seen.push((await second).value);
  ac.abort();
  await run('after abort', () => it.next());
  console.log(seen);
  fs.rmSync(d, { recursive: true, force: true });
})();
