// Checks EventEmitter on/once/emit/off/prependListener/eventNames/listenerCount basics.
const EventEmitter = require('events');
const e = new EventEmitter();
const log = (tag) => (...args) => console.log(tag, ...args);
const first = log('first');
e.on('data', first);
e.once('data', log('once'));
e.prependListener('data', log('prepended'));
e.prependOnceListener('data', log('prepended once'));
console.log('emit 1 ->', e.emit('data', 1, 'x'));
console.log('emit 2 ->', e.emit('data', 2));
console.log('names:', e.eventNames(), 'count:', e.listenerCount('data'));
e.removeListener('data', first);
console.log('after remove:', e.listenerCount('data'));
e.removeAllListeners('data');
console.log('emit 3 ->', e.emit('data', 3));
console.log('module shape:', typeof EventEmitter.EventEmitter, EventEmitter.EventEmitter === EventEmitter, EventEmitter.defaultMaxListeners);
