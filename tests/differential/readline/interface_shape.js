// Checks the readline module exports and Interface properties.
const readline = require('readline');
const { PassThrough } = require('stream');
console.log(Object.keys(readline).sort().join(','));
const rl = readline.createInterface({ input: new PassThrough() });
console.log(rl instanceof readline.Interface, rl instanceof require('events'), rl.terminal, rl.line, rl.cursor);
console.log(typeof require('readline/promises').createInterface, typeof readline.promises.Interface);
rl.close();
