// A listener registered with a signal from AbortSignal.any is removed when any source aborts.
const et = new EventTarget();
const a = new AbortController();
const signal = AbortSignal.any([a.signal]);
et.addEventListener('x', () => console.log('x'), { signal });
et.dispatchEvent(new Event('x'));
a.abort();
et.dispatchEvent(new Event('x'));
console.log('done', signal.aborted);
