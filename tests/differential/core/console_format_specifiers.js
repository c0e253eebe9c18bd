// Checks printf-style format specifiers %s %d %i %f %j %o %O %c %% and extra arguments.
console.log('%s is %d years', 'Bob', 42);
console.log('%i and %f', 42.9, '3.5');
console.log('%d of string', 'abc');
console.log('%j', { a: [1, 2] });
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('%o', [1, { x: 'y' }]);
console.log('100%% sure %s', 'yes');
console.log('%c styled', 'color: red');
console.log('%s', 'only one', 'extra', 2, { k: 1 });
console.log('%s %s', 'missing');
console.log('%x unknown stays', 1);
console.log('no specifiers', '%s', 5);
console.log(5, '%s', 'first arg not a string');
console.log('%d %i', 10n, 11n);
console.log('%s', -0, '%d', -0);
