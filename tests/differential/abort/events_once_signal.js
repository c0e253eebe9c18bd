// events.once on an EventTarget rejects with AbortError when its signal aborts.
const { once } = require('events');
const et = new EventTarget();
const ac = new AbortController();
once(et, 'never', { signal: ac.signal }).catch((e) => console.log(e.name, e.code));
once(et, 'go').then(([ev]) => console.log('got', ev.type));
et.dispatchEvent(new Event('go'));
ac.abort();
