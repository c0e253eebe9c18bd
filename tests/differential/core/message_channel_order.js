// MessagePort delivery order: ports are visited in the order they were made, not the order
// messages were posted; a port delivers its whole queue, messages posted meanwhile included;
// an unstarted port keeps its messages until start(); a referenced port keeps the loop alive
// until it is closed; an unreferenced one with a listener gets nothing once the loop is done.
const log = (...a) => console.log(...a);
const a = new MessageChannel();
const b = new MessageChannel();
const c = new MessageChannel();
b.port2.onmessage = (e) => {
  log('b', e.data);
  if (e.data === 'b1') {
    b.port1.postMessage('b-nested');
    a.port1.postMessage('a-from-b');
    c.port1.postMessage('c-from-b');
  }
};
a.port2.onmessage = (e) => log('a', e.data);
c.port2.onmessage = (e) => log('c', e.data);
b.port1.postMessage('b1');
c.port1.postMessage('c1');
a.port1.postMessage('a1');
b.port1.postMessage('b2');
setImmediate(() => log('immediate 1'));

// Not started: queued until start(), then delivered from the next poll phase.
const d = new MessageChannel();
d.port1.postMessage('d1');
d.port1.postMessage('d2');
d.port2.addEventListener('message', (e) => log('d', e.data));
log('d listener via addEventListener starts it:', d.port2.hasRef());
const e = new MessageChannel();
e.port1.postMessage('e1');
setImmediate(() => {
  log('immediate 2: starting e');
  e.port2.on('message', (v) => log('e', v));
  e.port1.postMessage('e2');
  setImmediate(() => log('immediate 3'));
});

// Referenced until closed from a later callback.
const keep = new MessageChannel();
let n = 0;
keep.port2.on('message', (v) => {
  log('keep', v);
  if (++n < 3) setImmediate(() => keep.port1.postMessage(v + 1));
  else {
    keep.port2.close();
    a.port2.close();
    b.port2.close();
    c.port2.close();
    d.port2.close();
    e.port2.close();
  }
});
keep.port1.postMessage(0);

// Unreferenced with a listener: nothing keeps the loop for it.
const late = new MessageChannel();
late.port2.on('message', (v) => log('late got', v));
late.port2.unref();
keep.port2.on('close', () => {
  log('keep closed');
  late.port1.postMessage('never');
});
process.on('exit', () => log('exit'));
