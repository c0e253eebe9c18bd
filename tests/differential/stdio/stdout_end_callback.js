// Checks process.stdout.write with an encoding argument and the 'finish' of end().
process.stdout.write('abc\n', 'utf8');
process.stdout.on('finish', () => console.error('finished'));
process.stdout.end('bye\n');
