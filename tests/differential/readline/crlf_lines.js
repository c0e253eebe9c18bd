// Checks \r\n, lone \r and \n line endings from a Readable, including a split \r\n.
const { Readable } = require('stream');
const readline = require('readline');
const input = Readable.from(['one\r\ntwo\rthree\n', 'four\r', '\nfive']);
const rl = readline.createInterface({ input });
rl.on('line', (l) => console.log(JSON.stringify(l)));
rl.on('close', () => console.log('closed'));
