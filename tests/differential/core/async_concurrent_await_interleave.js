// Checks that two async functions awaiting resolved values interleave one microtask at a time.
async function worker(name, n) {
  for (let i = 0; i < n; i++) {
    console.log(name, i);
    await undefined;
  }
  return name + ' finished';
}
Promise.all([worker('A', 3), worker('B', 2)]).then((r) => console.log(r));
Promise.resolve().then(() => console.log('plain then'));
