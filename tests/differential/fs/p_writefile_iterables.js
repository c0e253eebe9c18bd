// fs.promises.writeFile/appendFile and FileHandle.writeFile take iterables and async iterables
// (arrays of chunks, generators, Readables), written chunk by chunk (strings in the encoding,
// bytes as they are, UTF-8 intact); a bad chunk rejects after the file is made; an abort
// signal is checked after the open; fs.read's argument forms.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { Readable } = require('stream');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwfi-'));
const f = (n) => path.join(dir, n);
const show = (name, v) => console.log(name, JSON.stringify(v));
(async () => {
  await fs.promises.writeFile(f('a'), (async function* () {
    yield 'ab';
    yield Buffer.from('cé');
    yield new Uint8Array([0x21]);
  })());
  show('async generator', fs.readFileSync(f('a'), 'utf8'));
  await fs.promises.writeFile(f('b'), Readable.from(['x', 'y', 'z']));
  show('readable', fs.readFileSync(f('b'), 'utf8'));
  await fs.promises.writeFile(f('c'), ['1', Buffer.from('€'), '3']);
  show('array', fs.readFileSync(f('c'), 'utf8'));
  await fs.promises.writeFile(f('d'), new Set(['aGk=', 'IQ==']), 'base64');
  show('set in base64', fs.readFileSync(f('d'), 'utf8'));
  await fs.promises.appendFile(f('d'), ['+', '+']);
  show('appended', fs.readFileSync(f('d'), 'utf8'));
  try {
    await fs.promises.writeFile(f('e'), ['ok', 42]);
  } catch (e) {
    show('bad chunk', [e.code, fs.existsSync(f('e')), fs.readFileSync(f('e'), 'utf8')]);
  }
  for (const data of [123, { toString: () => 'obj' }, null]) {
    try {
      await fs.promises.writeFile(f('g'), data);
    } catch (e) {
      show('not data', e.code);
    }
  }
  const fh = await fs.promises.open(f('h'), 'w');
  await fh.writeFile(['one ', 'two']);
  await fh.appendFile((function* () { yield ' three'; })());
  await fh.close();
  show('filehandle', fs.readFileSync(f('h'), 'utf8'));
  const ac = new AbortController();
  const pending = fs.promises.writeFile(f('i'), 'x'.repeat(100), { signal: ac.signal });
  ac.abort();
  await pending.then(() => show('abort', 'resolved'), (e) => show('abort', [e.name, fs.existsSync(f('i'))]));
  try {
    await fs.promises.writeFile(f('j'), 'x', { signal: 'nope' });
  } catch (e) {
    show('bad signal', e.code);
  }
  const fd = fs.openSync(f('a'), 'r');
  fs.read(fd, (err, n, b) => {
    show('read(fd, cb)', [err, n, b.length, b.toString('utf8', 0, n)]);
    fs.read(fd, { buffer: Buffer.alloc(3), position: 1 }, (err2, n2, b2) => {
      show('read(fd, options, cb)', [err2, n2, b2.toString()]);
      fs.read(fd, Buffer.alloc(2), { position: 0 }, (err3, n3, b3) => {
        show('read(fd, buffer, options, cb)', [err3, n3, b3.toString()]);
        fs.read(fd, Buffer.alloc(2), 0, 0, 0, (err4, n4) => {
          show('length 0', [err4, n4]);
          fs.closeSync(fd);
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
})();
