// Checks that timers/promises reject with an AbortError when their AbortSignal fires.
const tp = require('timers/promises');
const ac = new AbortController();
tp.setTimeout(1000, 'never', { signal: ac.signal }).then(
  () => console.log('unexpected resolve'),
  (e) => console.log('rejected:', e.name, e.code, e.message)
);
setTimeout(() => ac.abort(), 10);
const pre = AbortController.prototype.constructor ? new AbortController() : null;
pre.abort();
tp.setImmediate('x', { signal: pre.signal }).catch((e) => console.log('already aborted:', e.name, e.code));
