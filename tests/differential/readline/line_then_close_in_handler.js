// Checks closing the interface from inside a 'line' handler mid-chunk.
const { Readable } = require('stream');
const readline = require('readline');
const rl = readline.createInterface({ input: Readable.from(['a\nb\nc\n']) });
rl.on('line', (l) => {
  console.log('line', l);
  if (l === 'a') rl.close();
});
rl.on('close', () => console.log('close'));
