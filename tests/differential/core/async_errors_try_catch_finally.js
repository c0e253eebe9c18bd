// Checks try/catch/finally ordering across await in async functions.
async function fail(ms) {
  await new Promise((r) => setTimeout(r, ms));
  throw new Error('failed after ' + ms);
}
async function main() {
  try {
    console.log('start');
    await fail(5);
    console.log('not reached');
  } catch (e) {
    console.log('caught:', e.message);
    return 'returned';
  } finally {
    console.log('finally');
  }
}
main().then((v) => console.log('main resolved:', v));
