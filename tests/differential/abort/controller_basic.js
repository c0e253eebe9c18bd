// AbortController: abort() flips signal.aborted, sets the default reason and fires 'abort' once.
const ac = new AbortController();
const { signal } = ac;
console.log(signal.aborted, signal.reason, ac.signal === signal);
signal.addEventListener('abort', (e) => console.log('abort event', e.type, e.isTrusted, e.target === signal, signal.aborted));
ac.abort();
ac.abort();
console.log(signal.aborted, signal.reason.name, signal.reason.message, signal.reason.code);
console.log(signal.reason instanceof DOMException, signal.reason instanceof Error);
