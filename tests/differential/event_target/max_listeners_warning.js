// EventTarget: more listeners than events.getMaxListeners(target) emits one MaxListenersExceededWarning.
const events = require('events');
process.on('warning', (w) => console.log(w.name, w.message, w.type, w.count, w.target === et || w.target === other));
const et = new EventTarget();
for (let i = 0; i < 12; i++) et.addEventListener('foo', () => {});
const other = new EventTarget();
events.setMaxListeners(1, other);
other.addEventListener('bar', () => {});
other.addEventListener('bar', () => {});
console.log(events.getMaxListeners(et), events.getMaxListeners(other));
