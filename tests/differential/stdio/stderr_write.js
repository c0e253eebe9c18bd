// Checks process.stderr.write does not reach stdout, and write ordering on stdout.
process.stderr.write('to stderr\n');
process.stdout.write('a');
process.stdout.write('b\n');
console.log('c');
