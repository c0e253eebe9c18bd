// Checks 'newListener'/'removeListener' events and the MaxListenersExceededWarning via the process 'warning' event.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (name) => console.log('newListener:', name));
e.on('removeListener', (name) => console.log('removeListener:', name));
const f = () => {};
e.on('foo', f);
e.off('foo', f);
process.on('warning', (w) => console.log('warning:', w.name, w.count, w.type));
const g = new EventEmitter();
g.setMaxListeners(2);
console.log('max:', g.getMaxListeners());
for (let i = 0; i < 3; i++) g.on('evt', () => {});
console.log('listeners added');
