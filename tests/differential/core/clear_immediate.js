// Checks clearImmediate before it runs and from inside a sibling immediate.
const a = setImmediate(() => console.log('a should not run'));
clearImmediate(a);
let c;
setImmediate(() => {
  console.log('b runs and clears c');
  clearImmediate(c);
});
c = setImmediate(() => console.log('c should not run'));
setImmediate(() => console.log('d runs'));
clearImmediate(undefined);
clearImmediate(null);
console.log('clearImmediate with junk is fine');
