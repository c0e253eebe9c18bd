// yargs: a deep dependency tree command-line parser
// args: --count 3 --name boa extra
const yargs = require('yargs/yargs');
const { hideBin } = require('yargs/helpers');
const argv = yargs(hideBin(process.argv)).option('count', { type: 'number' }).parse();
console.log(argv.count, argv.name, argv._);
