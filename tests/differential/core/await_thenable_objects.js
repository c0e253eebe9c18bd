// Checks awaiting thenables: then() is called asynchronously and its resolution is adopted.
const thenable = {
  then(resolve, reject) {
    console.log('then called');
    resolve('thenable value');
  },
};
const rejecting = { then(_, reject) { reject(new Error('nope')); } };
(async () => {
  console.log('before await');
  const v = await thenable;
  console.log('got', v);
  try {
    await rejecting;
  } catch (e) {
    console.log('caught', e.message);
  }
  console.log('await 5:', await 5);
})();
console.log('after async call');
