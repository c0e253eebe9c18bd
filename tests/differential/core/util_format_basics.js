// Checks util.format with specifiers, extra arguments and non-string first arguments.
const util = require('util');
console.log(util.format('%s:%d', 'a', 1));
console.log(util.format('%s', 'x', 'y', 3));
console.log(util.format(1, 2, '3'));
console.log(util.format('%o', 'str'));
console.log(util.format('%d', '0x10'), util.format('%i', '-7.9'), util.format('%f', 'x'));
console.log(util.format({ a: 1 }, 'text'));
console.log(util.format('%%s %s', 'v'));
console.log(JSON.stringify(util.format()));
console.log(util.format('a\nb', ['c']));
