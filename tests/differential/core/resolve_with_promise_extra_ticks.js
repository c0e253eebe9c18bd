// Checks that resolving a promise with another promise costs two extra microtask turns.
const p = Promise.resolve();
new Promise((resolve) => resolve(p)).then(() => console.log('resolved with promise'));
p.then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
