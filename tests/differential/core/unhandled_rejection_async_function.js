// Checks that a rejection from an async function after an await crashes with exit code 1.
async function work() {
  console.log('working');
  await new Promise((r) => setTimeout(r, 5));
  throw new Error('async failure');
}
work();
setTimeout(() => console.log('timer at 50: not printed'), 50);
