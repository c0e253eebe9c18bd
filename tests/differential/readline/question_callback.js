// stdin: Ada\n
// Checks rl.question writing the prompt to output and answering from stdin.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('Name? ', (answer) => {
  console.log(`Hello ${answer}`);
  rl.close();
});
rl.on('close', () => console.log('closed'));
