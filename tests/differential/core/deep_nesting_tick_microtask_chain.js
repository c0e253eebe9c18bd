// Checks a chain alternating nextTick -> promise -> nextTick -> promise against a sibling promise chain.
process.nextTick(() => {
  console.log('1 tick');
  Promise.resolve().then(() => {
    console.log('2 promise');
    process.nextTick(() => {
      console.log('3 tick');
      Promise.resolve().then(() => console.log('4 promise'));
    });
  });
});
Promise.resolve()
  .then(() => console.log('a then'))
  .then(() => console.log('b then'))
  .then(() => console.log('c then'))
  .then(() => console.log('d then'));
