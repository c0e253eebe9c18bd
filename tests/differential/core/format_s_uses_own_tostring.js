// Checks util.format('%s') calls a user-defined or host-class toString (Buffer) but inspects built-ins (Date).
const util = require('util');
class A { toString() { return 'A!'; } }
console.log(util.format('%s|%s|%s|%s', Buffer.from('a'), new A(), new Date(0), new Uint8Array(2)));
console.log(util.format('%s', new URL('http://x.test/p')));
