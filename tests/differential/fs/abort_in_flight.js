// env: UV_THREADPOOL_SIZE=1
// A signal aborted after readFile/writeFile/appendFile started, before its read or write: the
// operation ends with an AbortError (cause: the reason) after closing the file, and a write
// leaves the file as its open made it (truncated for 'w', as it was for 'a'). Each step is also
// ordered against a one-trip stat started right after it.
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-abort-flight-');
const f = d + '/f';
const order = [];
const content = () => JSON.stringify(fs.readFileSync(f, 'utf8'));
const report = (tag) => (e) => order.push(`${tag}: ${e ? `${e.name} ${e.code} cause=${e.cause}` : 'ok'} ${content()}`);
const statAlongside = (tag) => fs.stat(f, () => order.push(`${tag} stat`));
const steps = [
  (next) => {
    const ac = new AbortController();
    fsp.readFile(f, { signal: ac.signal }).then(() => report('p read')(), report('p read')).then(next);
    statAlongside('p read');
    ac.abort('r1');
  },
  (next) => {
    const ac = new AbortController();
    fs.readFile(f, { signal: ac.signal, encoding: 'utf8' }, (e) => { report('cb read')(e); next(); });
    statAlongside('cb read');
    ac.abort();
  },
  (next) => {
    const ac = new AbortController();
    fs.readFile(f, { signal: ac.signal }, (e) => { report('cb read tick')(e); next(); });
    process.nextTick(() => ac.abort('tick'));
  },
  (next) => {
    const ac = new AbortController();
    fs.writeFile(f, 'new', { signal: ac.signal }, (e) => { report('cb write')(e); next(); });
    statAlongside('cb write');
    ac.abort();
  },
  (next) => {
    fs.writeFileSync(f, 'base');
    const ac = new AbortController();
    fs.appendFile(f, '+more', { signal: ac.signal }, (e) => { report('cb append')(e); next(); });
    ac.abort('a1');
  },
  (next) => {
    const ac = new AbortController();
    fsp.appendFile(f, '+p', { signal: ac.signal }).then(() => report('p append')(), report('p append')).then(next);
    ac.abort();
  },
  (next) => {
    const ac = new AbortController();
    const p = fsp.readFile(f, { signal: ac.signal });
    setImmediate(() => ac.abort('later'));
    p.then(() => report('p read abort in an immediate')(), report('p read abort in an immediate')).then(next);
  },
  (next) => {
    fs.writeFileSync(f, 'kept');
    const ac = new AbortController();
    fsp.open(f).then(async (h) => {
      const p = h.readFile({ signal: ac.signal, encoding: 'utf8' });
      ac.abort('h');
      await p.then(() => report('handle read')(), report('handle read'));
      await h.close();
      next();
    });
  },
  (next) => {
    const ac = new AbortController();
    fs.readFile(f, { signal: ac.signal, encoding: 'utf8' }, (e, s) => { report('not aborted')(e); next(); });
  },
];
fs.writeFileSync(f, 'old');
let i = 0;
const next = () => {
  if (i < steps.length) steps[i++](next);
  else {
    console.log(order.join('\n'));
    fs.rmSync(d, { recursive: true, force: true });
  }
};
next();
