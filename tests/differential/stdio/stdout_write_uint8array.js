// Checks writing a Uint8Array of UTF-8 bytes to process.stdout.
process.stdout.write(new Uint8Array([104, 105, 10]));
process.stdout.write('caf\u00e9\n');
