// Checks rl.close(): 'pause' then 'close', idempotent, and question after close throws.
const { PassThrough } = require('stream');
const readline = require('readline');
const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('pause', () => console.log('pause'));
rl.on('close', () => console.log('close'));
rl.close();
rl.close();
try {
  rl.question('x', () => {});
} catch (e) {
  console.log(e.code, e.message);
}
console.log('closed', rl.closed);
