// Checks rl.write() feeding lines in non-terminal mode.
const { PassThrough } = require('stream');
const readline = require('readline');
const rl = readline.createInterface({ input: new PassThrough() });
rl.on('line', (l) => console.log('line', l));
rl.write('hello\nwor');
rl.write('ld\n');
rl.close();
