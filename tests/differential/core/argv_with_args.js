// args: alpha beta --flag=1 42
// Checks process.argv length and the user arguments after the script path.
const path = require('path');
console.log('argv length:', process.argv.length);
console.log('user args:', process.argv.slice(2));
console.log('script basename:', path.basename(process.argv[1]));
console.log('argv[0] is absolute:', path.isAbsolute(process.argv[0]));
