// async_hooks differential: AsyncLocalStorage stores follow every kind of callback scheduled in
// run() (timers, immediates, nextTick, queueMicrotask, then/await, fs callbacks and promises),
// nest, exit, enterWith, disable, bind and snapshot; AsyncResource scopes; emitters run in the
// emitter's caller's store. Lines are sorted: the order of timers against immediates depends on
// how long the script took, in node as here.
const { AsyncLocalStorage, AsyncResource, executionAsyncId, createHook } = require('async_hooks');
const fs = require('fs');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const seen = [];
const log = (label) => seen.push(`${label}: ${JSON.stringify(als.getStore())} ${JSON.stringify(other.getStore())}`);
process.on('exit', () => console.log(seen.sort().join('\n')));
log('outside');
als.run({ id: 1 }, () => {
  log('sync');
  setTimeout(() => log('timeout'), 1);
  setImmediate(() => log('immediate'));
  process.nextTick(() => log('tick'));
  queueMicrotask(() => log('microtask'));
  Promise.resolve().then(() => log('then'));
  (async () => { await null; log('after await'); await new Promise((r) => setTimeout(r, 2)); log('after timer await'); })();
  fs.readFile(__filename, () => log('fs callback'));
  fs.promises.stat(__filename).then(() => log('fs promise'));
  other.run('inner', () => { log('nested'); setTimeout(() => log('nested timeout'), 3); });
  log('after nested');
  als.exit(() => log('exit'));
  const bound = AsyncLocalStorage.bind(() => log('bound'));
  const snap = AsyncLocalStorage.snapshot();
  setTimeout(() => { als.run({ id: 2 }, () => { bound(); snap(() => log('snapshot')); }); }, 4);
  const res = new AsyncResource('X');
  setTimeout(() => als.run({ id: 3 }, () => res.runInAsyncScope(() => log('resource'))), 5);
});
log('after run');
setTimeout(() => {
  als.enterWith({ id: 'entered' });
  log('entered');
  setTimeout(() => { log('timeout after enterWith'); }, 1);
}, 10);
setTimeout(() => log('unrelated later'), 20);
setTimeout(() => { als.disable(); log('disabled'); als.run(7, () => log('re-run')); }, 30);
const ee = new (require('events'))();
als.run('emitter', () => ee.on('x', () => log('listener')));
setTimeout(() => als.run('emit-site', () => ee.emit('x')), 40);
console.log(Object.getOwnPropertyNames(AsyncLocalStorage.prototype).join(), executionAsyncId(), createHook({}).enable() !== undefined);
console.log(als.run(1, (a, b) => a + b, 2, 3));
try { als.run(1, 5); } catch (e) { console.log(e.name); }
