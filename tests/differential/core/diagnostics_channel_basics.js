// diagnostics_channel: named channels, subscribe/unsubscribe, hasSubscribers, publish order,
// a throwing subscriber (reported on the next tick, the others still run), and tracing
// channels around sync, promise and callback calls.
const dc = require('node:diagnostics_channel');
console.log(Object.keys(dc));
const ch = dc.channel('my-lib:query');
console.log(ch.name, ch.hasSubscribers, dc.hasSubscribers('my-lib:query'), dc.channel('my-lib:query') === ch);
const seen = [];
const a = (msg, name) => seen.push(['a', msg.n, name]);
const b = (msg) => seen.push(['b', msg.n]);
ch.subscribe(a);
dc.subscribe('my-lib:query', b);
ch.publish({ n: 1 });
console.log(ch.hasSubscribers, ch.unsubscribe(a), ch.unsubscribe(a), dc.unsubscribe('my-lib:query', b));
ch.publish({ n: 2 });
console.log(JSON.stringify(seen), ch.hasSubscribers);
try { ch.subscribe(42); } catch (e) { console.log(e.code, e.message); }
try { dc.channel(42); } catch (e) { console.log(e.code, e.message); }

process.on('uncaughtException', (e) => console.log('uncaught from subscriber:', e.message));
const loud = dc.channel('loud');
loud.subscribe(() => { throw new Error('subscriber failed'); });
loud.subscribe(() => console.log('second subscriber still runs'));
loud.publish('x');
console.log('publish returned');

const tc = dc.tracingChannel('my-lib:op');
console.log(tc.start.name, tc.asyncEnd.name, tc.hasSubscribers);
const events = [];
const handlers = {};
for (const ev of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[ev] = (ctx) => events.push(`${ev}:${ctx.tag}:${'result' in ctx ? ctx.result : ''}:${ctx.error ? ctx.error.message : ''}`);
}
tc.subscribe(handlers);
console.log(tc.hasSubscribers, tc.traceSync((x, y) => x + y, { tag: 'sync' }, null, 2, 3));
try { tc.traceSync(() => { throw new Error('bad'); }, { tag: 'throw' }); } catch (e) { console.log('rethrown', e.message); }
tc.tracePromise(async (v) => v * 2, { tag: 'promise' }, null, 21).then((v) => {
  console.log('promise result', v);
  tc.traceCallback((x, cb) => setImmediate(cb, null, x + 1), 1, { tag: 'cb' }, null, 9, (err, v2) => {
    console.log('callback result', err, v2);
    setImmediate(() => {
      console.log(events.join('\n'));
      console.log(tc.unsubscribe(handlers), tc.hasSubscribers);
    });
  });
});
