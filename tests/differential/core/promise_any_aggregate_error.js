// Checks Promise.any resolving with the first fulfilment and rejecting with an AggregateError.
Promise.any([Promise.reject(new Error('a')), new Promise((r) => setTimeout(() => r('b'), 10)), Promise.resolve('c')])
  .then((v) => console.log('any:', v));
Promise.any([Promise.reject(new Error('x')), Promise.reject(new Error('y'))]).catch((e) => {
  console.log(e.constructor.name, e.name);
  console.log(e.message);
  console.log(e.errors.map((err) => err.message));
});
Promise.any([]).catch((e) => console.log('empty any:', e.name, e.errors.length));
