// Checks that uncaughtException handlers receive thrown non-Error values as-is, and same-deadline timers keep running.
process.on('uncaughtException', (e, origin) => {
  console.log('handler got:', typeof e, JSON.stringify(e), origin);
});
setTimeout(() => { throw { a: 1 }; }, 10);
setTimeout(() => { throw null; }, 10);
setTimeout(() => { throw 42; }, 10);
setTimeout(() => { throw 'str'; }, 10);
setTimeout(() => { throw undefined; }, 10);
setTimeout(() => console.log('alive at the end'), 10);
