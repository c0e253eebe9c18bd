// stdin: 42\nyes\n
// Checks readline/promises question() in sequence.
const readline = require('readline/promises');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const a = await rl.question('Number? ');
  const b = await rl.question('Sure? ');
  console.log(JSON.stringify([a, b]));
  rl.close();
})();
