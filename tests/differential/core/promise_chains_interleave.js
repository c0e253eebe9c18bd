// Checks that two independent .then chains interleave one step at a time.
Promise.resolve()
  .then(() => console.log('A1'))
  .then(() => console.log('A2'))
  .then(() => console.log('A3'));
Promise.resolve()
  .then(() => console.log('B1'))
  .then(() => console.log('B2'))
  .then(() => console.log('B3'));
Promise.reject(new Error('x'))
  .catch(() => console.log('C1 catch'))
  .finally(() => console.log('C2 finally'))
  .then(() => console.log('C3'));
