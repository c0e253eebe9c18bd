// Checks process.on/once/emit/off with custom events and listener counts.
function onFoo(a, b) { console.log('foo', a, b); }
process.on('foo', onFoo);
process.once('foo', () => console.log('foo once'));
console.log('emit returns:', process.emit('foo', 1, 2));
console.log('emit again:', process.emit('foo', 3, 4));
console.log('count:', process.listenerCount('foo'));
process.off('foo', onFoo);
console.log('after off:', process.emit('foo'), process.listenerCount('foo'));
console.log('process is EventEmitter:', process instanceof require('events'));
