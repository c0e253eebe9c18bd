// Checks require('node:console') is the global console and that new Console writes to the given stream.
const nodeConsole = require('node:console');
const consoleMod = require('console');
console.log('same module:', nodeConsole === consoleMod);
console.log('is global console:', nodeConsole === console);
console.log('has Console:', typeof nodeConsole.Console);
const custom = new nodeConsole.Console({ stdout: process.stdout, stderr: process.stderr });
custom.log('from custom console %d', 1);
custom.error('custom error to stderr');
const c2 = new consoleMod.Console(process.stdout);
c2.log('from positional Console', { a: 1 });
