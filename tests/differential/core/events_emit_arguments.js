// EventEmitter.emit passes exactly the given arguments and `this`, returns whether anyone
// listened, copes with listeners added or removed during an emit, symbols as event names,
// the 'error' event with and without listeners, errorMonitor and captureRejections.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('count', function (...args) { console.log('count', args.length, args, this === e); });
for (const args of [[], [undefined], [1, 2], [1, 2, 3, 4, 5, 6]]) console.log('returned', e.emit('count', ...args));
console.log('no listener', e.emit('nothing', 1));
const sym = Symbol('evt');
e.on(sym, (v) => console.log('symbol event', v));
e.emit(sym, 'ok');
e.on('multi', () => { console.log('first, removing second'); e.removeListener('multi', second); });
function second() { console.log('second still runs this time'); }
e.on('multi', second);
e.emit('multi');
e.emit('multi');
e.once('once', (a, b) => console.log('once', a, b));
console.log(e.emit('once', 'x', 'y'), e.emit('once', 'x', 'y'));
e.on('ret', () => 42);
console.log('listener return ignored', e.emit('ret'));
try {
  e.emit('error', new Error('unhandled boom'));
} catch (err) {
  console.log('thrown', err.message);
}
try {
  e.emit('error', 'a string');
} catch (err) {
  console.log('thrown', err.code, err.message);
}
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor saw', err.message));
e.on('error', (err) => console.log('handled', err.message));
console.log(e.emit('error', new Error('seen')));
console.log(EventEmitter.prototype.emit.name, EventEmitter.prototype.emit.length, typeof EventEmitter.prototype.emit);
const cr = new EventEmitter({ captureRejections: true });
cr.on('job', async (n) => { throw new Error(`job ${n} failed`); });
cr.on('error', (err) => console.log('captured:', err.message));
cr.emit('job', 7);
class Sub extends EventEmitter {
  emit(type, ...args) {
    console.log('subclass emit', type, args.length);
    return super.emit(type, ...args);
  }
}
const s = new Sub();
s.on('z', (...a) => console.log('z got', a));
s.emit('z', 1, 2);
const plain = Object.create(EventEmitter.prototype);
console.log('emit on object without _events', plain.emit('x'));
