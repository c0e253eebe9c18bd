// BroadcastChannel: a message reaches every other channel of the same name (not the sender, not
// other names), cloned for each, in the order the channels were made; a channel is referenced
// from its creation until closed or unref()'d; a closed channel's postMessage throws
// InvalidStateError; MessageEvent's constructor and fields; how a channel is inspected.
const a = new BroadcastChannel('ch');
const b = new BroadcastChannel('ch');
const c = new BroadcastChannel('other');
const d = new BroadcastChannel(5);
console.log(a.name, d.name, typeof d.name, Object.getOwnPropertyNames(BroadcastChannel.prototype).sort().join(),
  Object.getPrototypeOf(BroadcastChannel.prototype) === EventTarget.prototype, a.ref() === a, a.onmessage);
try { new BroadcastChannel(); } catch (e) { console.log(e.name, e.code, e.message); }
const sent = { n: [1] };
b.onmessage = (e) => {
  console.log('b got', JSON.stringify(e.data), e.constructor.name, e.target === b, e.data === sent);
  e.data.n.push('b');
};
b.addEventListener('message', (e) => console.log('b listener', JSON.stringify(e.data)));
a.onmessage = (e) => console.log('a got', JSON.stringify(e.data));
c.onmessage = (e) => console.log('c got', JSON.stringify(e.data));
const late = new BroadcastChannel('ch');
late.onmessage = (e) => console.log('late got', JSON.stringify(e.data));
b.postMessage('from b');
a.postMessage(sent);
try { a.postMessage(() => {}); } catch (e) { console.log(e.name, e.message); }
d.unref();
setImmediate(() => {
  console.log('immediate');
  for (const ch of [a, b, c, late]) ch.close();
  a.close();
  try { a.postMessage(1); } catch (e) { console.log(e.name, e.code, e.message); }
});

const m = new MessageEvent('message', { data: 5, origin: 'o', lastEventId: 7, ports: [] });
console.log(m.data, m.type, m.origin, m.lastEventId, m.source, m.ports, m instanceof Event);
const empty = new MessageEvent('x');
console.log(empty.data, empty.origin === '', empty.source, empty.ports, Object.isFrozen(empty.ports));
console.log(Object.getOwnPropertyNames(MessageEvent.prototype).sort().join());
process.on('exit', () => console.log('exit'));
const shown = new BroadcastChannel('shown');
shown.unref();
console.log(shown, [shown], require('util').inspect({ a: { b: { c: shown } } }));
shown.close();
console.log(shown, require('util').inspect(shown, { depth: -1 }));
