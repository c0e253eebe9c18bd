// AbortSignal.abort() returns an already-aborted signal.
const s = AbortSignal.abort();
console.log(s.aborted, s.reason.name, s.reason.message, s.reason.code);
const t = AbortSignal.abort('custom');
console.log(t.aborted, t.reason);
t.addEventListener('abort', () => console.log('never fires'));
console.log(s instanceof AbortSignal, s instanceof EventTarget);
