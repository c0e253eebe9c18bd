// stdin: cmd1\ncmd2\n
// Checks setPrompt/getPrompt/prompt writing to output between lines.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: '$ ' });
console.log(JSON.stringify(rl.getPrompt()));
rl.setPrompt('> ');
rl.prompt();
rl.on('line', (line) => {
  console.log(`got ${line}`);
  rl.prompt();
});
rl.on('close', () => console.log('\nbye'));
