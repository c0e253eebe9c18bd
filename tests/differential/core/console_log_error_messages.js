// Checks error name/message/code/cause printing (never the stack).
const e = new TypeError('bad type');
console.log(e.name, '-', e.message);
const withCause = new Error('outer', { cause: new Error('inner') });
console.log(withCause.message, '<-', withCause.cause.message);
class MyError extends Error {
  constructor(m) { super(m); this.name = 'MyError'; this.code = 'E_MINE'; }
}
const mine = new MyError('custom');
console.log(mine.name, mine.code, mine.message, mine instanceof Error, String(mine));
console.log(`${new RangeError('range')}`);
console.log(Object.prototype.toString.call(e));
