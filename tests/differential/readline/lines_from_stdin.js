// stdin: first\nsecond\nthird
// Checks readline 'line' events over stdin, the unterminated last line, and 'close'.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, terminal: false });
rl.on('line', (line) => console.log('line', JSON.stringify(line)));
rl.on('close', () => console.log('close'));
