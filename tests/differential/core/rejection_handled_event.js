// Checks that 'rejectionHandled' fires when an already-reported rejection gets a handler later.
process.on('unhandledRejection', (reason) => console.log('unhandledRejection:', reason.message));
process.on('rejectionHandled', (promise) => console.log('rejectionHandled, same promise:', promise === p));
const p = Promise.reject(new Error('late'));
setTimeout(() => {
  console.log('attaching catch');
  p.catch((e) => console.log('caught:', e.message));
}, 10);
