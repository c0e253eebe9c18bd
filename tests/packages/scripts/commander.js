// commander: command-line parser
// args: -p 8080 --debug serve
const { Command } = require('commander');
const program = new Command();
program.option('-p, --port <n>').option('--debug').argument('[cmd]');
program.parse(process.argv);
console.log(program.opts(), program.args);
