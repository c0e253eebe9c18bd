// an unsettled top-level await exits with 13
process.on('exit', (c) => console.log('exit', c, process.exitCode));
console.log('waiting');
await new Promise(() => {});
