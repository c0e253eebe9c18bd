// Checks that setImmediate returns an Immediate with hasRef()/ref()/unref(), and an unref'd immediate still runs if the loop is alive.
const im = setImmediate(() => console.log('refd immediate runs'));
console.log('constructor:', im.constructor.name);
console.log('hasRef:', im.hasRef());
console.log('unref returns same:', im.unref() === im, 'hasRef now:', im.hasRef());
console.log('ref returns same:', im.ref() === im, 'hasRef now:', im.hasRef());
const lone = setImmediate(() => console.log('unrefd immediate runs too (loop alive)'));
lone.unref();
