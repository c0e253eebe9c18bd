// structuredClone copies errors: standard names kept, others become Error; cause and stack kept.
const e = new RangeError('bad', { cause: { why: 1 } });
e.extra = 'dropped';
const c = structuredClone(e);
console.log(c instanceof RangeError, c.name, c.message, c.cause, c.extra, typeof c.stack, c.stack === e.stack);
for (const E of [Error, EvalError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const cl = structuredClone(new E('m'));
  console.log(cl.constructor.name, cl.name, cl.message);
}
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
const mine = structuredClone(new MyErr('custom'));
console.log(mine.constructor.name, mine.name, mine.message);
const renamed = new TypeError('t');
renamed.name = 'Other';
console.log(structuredClone(renamed).name);
console.log(Object.keys(structuredClone(new Error('k'))));
