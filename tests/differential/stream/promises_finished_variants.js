// stream.promises.finished and util.promisify(stream.finished): resolve on end/finish, reject
// on error or premature close, honour { readable: false } and an AbortSignal.
const { Readable, Writable, PassThrough, finished } = require('stream');
const sp = require('stream/promises');
const util = require('util');
(async () => {
  console.log(sp.finished === util.promisify(finished), typeof sp.finished);
  const r = Readable.from(['a']);
  r.resume();
  console.log('readable:', await sp.finished(r));
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end('x');
  console.log('writable:', await sp.finished(w));
  const bad = new PassThrough();
  setImmediate(() => bad.destroy(new Error('bad')));
  try { await sp.finished(bad); } catch (e) { console.log('rejected:', e.message); }
  const early = new PassThrough();
  setImmediate(() => early.destroy());
  try { await sp.finished(early); } catch (e) { console.log('premature:', e.code, e.message); }
  const half = new PassThrough();
  half.end('q');
  console.log('writable side only:', await sp.finished(half, { readable: false }));
  const ac = new AbortController();
  const pending = sp.finished(new PassThrough(), { signal: ac.signal });
  ac.abort();
  try { await pending; } catch (e) { console.log('aborted:', e.name, e.code); }
})();
