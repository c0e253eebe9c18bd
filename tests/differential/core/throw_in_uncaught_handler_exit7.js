// Checks that throwing inside an uncaughtException handler exits with code 7.
process.on('uncaughtException', (e) => {
  console.log('handler got:', e.message);
  throw new Error('handler itself throws');
});
setTimeout(() => { throw new Error('original'); }, 1);
