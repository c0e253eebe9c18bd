// Checks that a nextTick queued before an await continuation still runs first.
async function f() {
  console.log('f start');
  await null;
  console.log('after await 1');
  process.nextTick(() => console.log('tick inside f'));
  await null;
  console.log('after await 2');
}
process.nextTick(() => console.log('tick 1'));
f();
process.nextTick(() => console.log('tick 2'));
console.log('sync end');
