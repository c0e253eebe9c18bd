// Checks that errors thrown in then/catch/finally propagate down the chain.
Promise.resolve(1)
  .then((v) => { throw new Error('then threw ' + v); })
  .then(() => console.log('skipped'))
  .catch((e) => { console.log('catch 1:', e.message); throw new TypeError('catch threw'); })
  .finally(() => console.log('finally sees nothing'))
  .catch((e) => console.log('catch 2:', e.name, e.message))
  .finally(() => { throw new RangeError('finally threw'); })
  .catch((e) => console.log('catch 3:', e.name, e.message));
