// Listener options combined: once + signal, and capture-specific removal.
const et = new EventTarget();
const ac = new AbortController();
let n = 0;
et.addEventListener('c', () => n++, { once: true, signal: ac.signal });
et.dispatchEvent(new Event('c'));
et.dispatchEvent(new Event('c'));
ac.abort();
console.log('count', n);
const fn = () => console.log('capture listener');
et.addEventListener('d', fn, { capture: true });
et.removeEventListener('d', fn);
et.dispatchEvent(new Event('d'));
et.removeEventListener('d', fn, true);
et.dispatchEvent(new Event('d'));
console.log('end');
