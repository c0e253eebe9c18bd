// Checks that an immediate scheduled inside an immediate runs after all immediates already queued.
setImmediate(() => {
  console.log('A');
  setImmediate(() => {
    console.log('A -> child');
    setImmediate(() => console.log('A -> child -> grandchild'));
  });
});
setImmediate(() => console.log('B'));
setImmediate(() => {
  console.log('C');
  setImmediate(() => console.log('C -> child'));
});
