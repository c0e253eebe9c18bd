// Checks that console.info and console.debug write to stdout like console.log.
console.info('info line', { a: 1 });
console.debug('debug line', [1, 2]);
console.info('%s formatted', 'info');
