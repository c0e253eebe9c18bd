// minimist: argument parsing
// args: -x 3 --name=boa --flag rest
const argv = require('minimist')(process.argv.slice(2));
console.log(argv);
