// EventTarget: a listener added with { signal } goes away when the signal aborts.
const et = new EventTarget();
const ac = new AbortController();
et.addEventListener('e', () => console.log('listener ran'), { signal: ac.signal });
et.dispatchEvent(new Event('e'));
ac.abort();
et.dispatchEvent(new Event('e'));
et.addEventListener('e', () => console.log('never added'), { signal: ac.signal });
et.dispatchEvent(new Event('e'));
console.log('done');
