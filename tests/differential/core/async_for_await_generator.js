// Checks for-await over an async generator interleaved with timers and a sibling promise chain.
async function* gen() {
  yield 1;
  await new Promise((r) => setTimeout(r, 50));
  yield 2;
  yield 3;
}
(async () => {
  for await (const v of gen()) console.log('value', v);
  console.log('loop done');
})();
Promise.resolve().then(() => console.log('sibling 1')).then(() => console.log('sibling 2'));
setTimeout(() => console.log('timer 5'), 5);
