// MessageChannel and MessagePort: messages are cloned when posted and delivered from the poll
// phase (before immediates), nextTicks and microtasks drained after each;
// `on('message')` listeners get the data and DOM listeners a MessageEvent; the first 'message'
// listener refs and starts a port, removing it unrefs; close() ends both ports; argument errors.
const { port1, port2 } = new MessageChannel();
console.log(Object.keys(new MessageChannel()), port1.constructor === MessagePort, port1 instanceof EventTarget);
console.log(Object.getOwnPropertyNames(MessagePort.prototype).sort().join());
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(MessagePort.prototype)).sort().join());
const t = (what, f) => {
  try {
    console.log(what, f());
  } catch (e) {
    console.log(what, e.name, e.code, e.message);
  }
};
t('MessagePort()', () => MessagePort());
t('new MessagePort()', () => new MessagePort());
t('MessageChannel()', () => MessageChannel());
t('post nothing', () => port1.postMessage());
t('post function', () => port1.postMessage(() => {}));
t('post symbol', () => port1.postMessage(Symbol('s')));
t('transfer 5', () => port1.postMessage(1, 5));
t('transfer self', () => port1.postMessage(1, [port1]));
t('transfer option', () => port1.postMessage(1, { transfer: 5 }));
t('methods', () => [port1.ref(), port1.unref(), port1.hasRef(), port1.onmessage, port1.onmessageerror]);

port2.on('message', function (...args) { console.log('on', args.length, JSON.stringify(args[0]), this === port2); });
port2.once('message', (value) => console.log('once', JSON.stringify(value)));
port2.addEventListener('message', (e) => {
  console.log('event', e.type, e.constructor.name, JSON.stringify(e.data), JSON.stringify(e.origin),
    JSON.stringify(e.lastEventId), e.source, e.ports, e.isTrusted, e.target === port2);
  process.nextTick(() => console.log('tick after', JSON.stringify(e.data)));
  Promise.resolve().then(() => console.log('microtask after', JSON.stringify(e.data)));
});
console.log('refs', port2.hasRef(), port1.hasRef(), port2.eventNames(), port2.listenerCount('message'), port2.getMaxListeners());
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
const obj = { a: [1, 2], d: new Date(0), m: new Map([[1, 2]]), s: new Set(['x']) };
port1.postMessage(obj);
obj.a.push(3);
port1.postMessage(undefined);
const ab = new ArrayBuffer(8);
port1.postMessage(ab, [ab]);
console.log('sender buffer after transfer', ab.byteLength);
console.log('emit', port2.emit('message', 'emitted'));
console.log('sync end');

const f = () => {};
const { port1: q1, port2: q2 } = new MessageChannel();
q2.on('message', f);
console.log('q2 on', q2.hasRef());
q2.off('message', f);
console.log('q2 off', q2.hasRef());
q2.onmessage = () => {};
console.log('q2 onmessage', q2.hasRef());
q2.onmessage = null;
console.log('q2 onmessage null', q2.hasRef());
q1.unref();

setImmediate(() => {
  port1.on('close', () => console.log('port1 close'));
  port2.on('close', (e) => console.log('port2 close', e.constructor.name, e.type));
  port1.postMessage('last');
  port1.close();
  port1.close();
  port1.postMessage('dropped');
  setImmediate(() => console.log('immediate after close'));
});
process.on('exit', (code) => console.log('exit', code));
