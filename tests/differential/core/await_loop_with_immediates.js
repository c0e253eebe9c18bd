// Checks that two async loops awaiting setImmediate interleave one step per loop iteration.
const tick = () => new Promise((r) => setImmediate(r));
async function loop(name) {
  for (let i = 0; i < 3; i++) {
    console.log(name, i);
    await tick();
  }
  console.log(name, 'done');
}
loop('A');
loop('B');
setImmediate(() => console.log('plain immediate'));
