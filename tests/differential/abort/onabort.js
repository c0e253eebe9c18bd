// AbortSignal: the onabort handler attribute runs in order with other listeners.
const ac = new AbortController();
const s = ac.signal;
console.log(s.onabort);
s.addEventListener('abort', () => console.log('listener 1'));
s.onabort = function (e) { console.log('onabort', this === s, e.type); };
s.addEventListener('abort', () => console.log('listener 2'));
console.log(typeof s.onabort);
ac.abort();
const ac2 = new AbortController();
ac2.signal.onabort = () => console.log('removed handler ran');
ac2.signal.onabort = null;
ac2.abort();
console.log(ac2.signal.onabort);
