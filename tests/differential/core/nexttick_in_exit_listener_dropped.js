// Checks that a tick scheduled in beforeExit runs, a tick scheduled in exit is dropped, but a promise from exit still runs.
process.on('beforeExit', () => {
  if (!globalThis.once) {
    globalThis.once = true;
    process.nextTick(() => console.log('tick from beforeExit runs'));
  }
});
process.on('exit', () => {
  process.nextTick(() => console.log('tick from exit: never'));
  Promise.resolve().then(() => console.log('promise from exit listener (microtasks still drain)'));
  console.log('exit');
});
