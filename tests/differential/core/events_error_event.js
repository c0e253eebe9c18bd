// Checks that emitting 'error' without a listener throws, and with a listener does not.
const EventEmitter = require('events');
const e = new EventEmitter();
try {
  e.emit('error', new Error('real error'));
} catch (err) {
  console.log('thrown error object:', err.message);
}
try {
  e.emit('error', 'a string');
} catch (err) {
  console.log('thrown for string:', err.code, '|', err.message);
}
e.on('error', (err) => console.log('listener got:', err.message));
console.log('emit with listener ->', e.emit('error', new Error('handled')));
