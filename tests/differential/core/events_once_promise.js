// Checks events.once() returns a promise of the emitted arguments, rejecting on 'error'.
const { once, EventEmitter } = require('events');
const e = new EventEmitter();
(async () => {
  setTimeout(() => e.emit('ready', 1, 2), 5);
  const args = await once(e, 'ready');
  console.log('once resolved with:', args);
  setTimeout(() => e.emit('error', new Error('failed')), 5);
  try {
    await once(e, 'never');
  } catch (err) {
    console.log('once rejected:', err.message);
  }
})();
