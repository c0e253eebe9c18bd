// util.inspect of EventTarget and Event instances (timeStamp hidden by a replacer).
const util = require('util');
console.log(new EventTarget());
console.log(util.inspect(new EventTarget(), { depth: -1 }));
const e = new Event('foo', { cancelable: true });
console.log(util.inspect(e).replace(/timeStamp: [\d.]+/, 'timeStamp: T'));
console.log(util.inspect(new CustomEvent('bar')).replace(/timeStamp: [\d.]+/, 'timeStamp: T'));
console.log(util.inspect({ e }, { depth: 0 }));
