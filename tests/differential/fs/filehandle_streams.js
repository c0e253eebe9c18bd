// FileHandle streams: createReadStream/createWriteStream on a handle, a handle as fs.createReadStream's fd,
// the handle as an event emitter ('close'), readLines closing it, autoClose, custom options.fs
const fs = require('fs');
const path = require('path');
const os = require('os');
const EventEmitter = require('events');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-fs-fh-streams-'));
const f = path.join(dir, 'a.txt');
fs.writeFileSync(f, 'hello world\nline two\r\nthird');
(async () => {
  const fh = await fs.promises.open(f);
  console.log(Object.keys(fh), fh instanceof EventEmitter, typeof fh.emit, typeof fh.once);
  console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(fh)));
  console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(fh))).sort().join());
  console.log(fh.close === fh.close, fh.close.name, typeof fh.close);
  const c = fh.close;
  fh.on('close', () => console.log('close event', fh.fd));
  const p1 = c();
  const p2 = fh.close();
  console.log('same promise', p1 === p2);
  await p1;
  console.log('closed', fh.fd, await fh.close());
  // readLines closes the handle
  const fh2 = await fs.promises.open(f);
  fh2.on('close', () => console.log('fh2 close'));
  const rl = fh2.readLines();
  console.log(rl.constructor.name);
  for await (const l of rl) console.log(JSON.stringify(l));
  await new Promise((r) => setImmediate(r));
  console.log('fh2 fd', fh2.fd);
  // close the handle while a stream reads through it
  fs.writeFileSync(f, Buffer.alloc(200000, 98));
  const fh3 = await fs.promises.open(f);
  const rs = fh3.createReadStream({ highWaterMark: 1000 });
  let n = 0;
  rs.on('data', (d) => { n += d.length; if (n === 3000) { console.log('closing handle'); fh3.close().then(() => console.log('fh3 closed', fh3.fd)); } });
  rs.on('end', () => console.log('end'));
  rs.on('close', () => console.log('rs close', n, rs.destroyed));
  fh3.on('close', () => console.log('fh3 close event'));
  await new Promise((r) => rs.on('close', r));
  await new Promise((r) => setTimeout(r, 20));
  // autoClose false: handle stays open
  const fh4 = await fs.promises.open(f);
  const rs4 = fh4.createReadStream({ autoClose: false, start: 0, end: 9 });
  console.log('autoClose', rs4.autoClose, rs4.pending, rs4.fd === fh4.fd, rs4.path, rs4.flags);
  let s4 = '';
  rs4.on('data', (d) => { s4 += d; });
  await new Promise((r) => rs4.on('end', r));
  console.log('s4', s4, fh4.fd > 0);
  await fh4.close();
  console.log('fh4', fh4.fd);
  // a FileHandle as fs.createReadStream's fd, and as fs.createWriteStream's
  const fh7 = await fs.promises.open(f);
  fs.writeFileSync(f, 'hello world\nline two\n');
  const rs9 = fs.createReadStream(null, { fd: fh7, start: 6, encoding: 'utf8' });
  rs9.on('data', (d) => console.log('data', JSON.stringify(d)));
  rs9.on('close', () => console.log('rs9 closed', fh7.fd));
  await new Promise((r) => rs9.on('close', r));
  const fh8 = await fs.promises.open(path.join(dir, 'x.txt'), 'w');
  const ws9 = fs.createWriteStream(null, { fd: fh8 });
  ws9.end(Buffer.from('xyz'));
  await new Promise((r) => ws9.on('close', r));
  console.log('ws9', fh8.fd, fs.readFileSync(path.join(dir, 'x.txt'), 'utf8'));
  // write stream with several buffered writes through a handle
  const fh5 = await fs.promises.open(path.join(dir, 'w.txt'), 'w');
  const ws = fh5.createWriteStream({ start: 2 });
  for (let i = 0; i < 5; i++) ws.write(`c${i};`);
  ws.end('end');
  ws.on('finish', () => console.log('finish', ws.bytesWritten));
  ws.on('close', () => console.log('ws close', fh5.fd));
  await new Promise((r) => ws.on('close', r));
  console.log(JSON.stringify(fs.readFileSync(path.join(dir, 'w.txt'), 'latin1')));
  // fd numbers, closed handles, fs option
  const fd = fs.openSync(f);
  const rs6 = fs.createReadStream('ignored', { fd, end: 2, encoding: 'latin1' });
  console.log(rs6.path, rs6.flags, rs6.fd === fd);
  for await (const chunk of rs6) console.log('rs6', chunk);
  try { fs.fstatSync(fd); console.log('fd open'); } catch (e) { console.log('fd', e.code); }
  const calls = [];
  const custom = {
    open(p, fl, m, cb) { calls.push(['open', path.basename(p), fl, m]); fs.open(p, fl, m, cb); },
    read(fd, b, o, l, pos, cb) { calls.push(['read', o, l, pos]); fs.read(fd, b, o, l, pos, cb); },
    close(fd, cb) { calls.push(['close']); fs.close(fd, cb); },
  };
  const rs7 = fs.createReadStream(f, { fs: custom, start: 5, end: 7 });
  for await (const chunk of rs7) console.log('rs7', chunk.toString());
  await new Promise((r) => setImmediate(r));
  console.log(calls);
  const wcalls = [];
  const wcustom = {
    open(p, fl, m, cb) { wcalls.push(['open', fl]); fs.open(p, fl, m, cb); },
    writev(fd, bufs, pos, cb) { wcalls.push(['writev', bufs.length, pos]); fs.writev(fd, bufs, pos, cb); },
    close(fd, cb) { wcalls.push(['close']); fs.close(fd, cb); },
  };
  const ws8 = fs.createWriteStream(path.join(dir, 'v.txt'), { fs: wcustom });
  ws8.cork(); ws8.write('a'); ws8.write('b'); ws8.uncork(); ws8.end();
  await new Promise((r) => ws8.on('close', r));
  console.log(wcalls, fs.readFileSync(path.join(dir, 'v.txt'), 'utf8'));
  // the stream calls the handle's own methods (sync for flush), a write error, destroy before any read
  const fh9 = await fs.promises.open(path.join(dir, 'e.txt'), 'w');
  for (const m of ['sync', 'datasync', 'close', 'write', 'writev', 'read']) {
    const orig = fh9[m];
    fh9[m] = function (...a) { console.log('call', m, a.length); return orig.apply(this, a); };
  }
  const ws10 = fh9.createWriteStream({ flush: true });
  ws10.on('close', () => console.log('ws10 close', fh9.fd));
  ws10.end('z');
  await new Promise((r) => ws10.on('close', r));
  const fh10 = await fs.promises.open(f, 'r');
  const ws11 = fh10.createWriteStream();
  ws11.on('error', (e) => console.log('ws11 error', e.code, e.syscall));
  ws11.on('close', () => console.log('ws11 close', fh10.fd));
  ws11.write('x');
  await new Promise((r) => ws11.on('close', r));
  const fh11 = await fs.promises.open(f, 'r');
  const rs11 = fh11.createReadStream();
  rs11.destroy();
  await new Promise((r) => rs11.on('close', r));
  console.log('rs11 close', fh11.fd);
  fs.rmSync(dir, { recursive: true });
})();
