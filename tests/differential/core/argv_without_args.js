// Checks process.argv with no user arguments.
console.log(process.argv.length, process.argv.slice(2), typeof process.argv0);
