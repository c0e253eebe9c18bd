// util.inspect of errors: cause chains (nested, circular, non-error causes), AggregateError
// errors lists, extra properties, renamed and subclassed errors, null prototype, no stack.
const util = require('util');
const i = (v, o) => console.log(util.inspect(v, o));
const e1 = new Error('top', { cause: new Error('mid', { cause: 'str cause' }) }); e1.stack = 'Error: top\n    at a'; e1.cause.stack = 'Error: mid\n    at b'; i(e1);
const e2 = new Error('c'); e2.stack = 'Error: c\n    at z'; e2.cause = e2; i(e2);
const ag = new AggregateError([new Error('x'), 'plain'], 'multi'); ag.stack = 'AggregateError: multi\n    at q'; ag.errors[0].stack = 'Error: x\n    at w'; i(ag);
const e3 = new TypeError('props'); e3.stack = 'TypeError: props\n    at p'; e3.code = 'E_X'; e3.extra = { a: 1 }; i(e3);
const e4 = new RangeError('nostack'); e4.stack = undefined; i(e4); const e5 = new Error(''); e5.stack = 'Error\n    at y'; i(e5);
const e6 = new Error('m'); e6.name = 'Custom'; e6.stack = 'Error: m\n    at k'; i(e6);
class MyErr extends Error {} const e7 = new MyErr('mine'); e7.stack = 'Error: mine\n    at j'; i(e7);
const ne = new Error('ne'); Object.setPrototypeOf(ne, null); ne.stack = 'Error: ne\n    at x'; i(ne);
const withCause = new Error('outer', { cause: { code: 42 } }); withCause.stack = 'Error: outer\n    at o'; i({ err: withCause });
const e8 = new Error('deep'); e8.stack = 'Error: deep\n    at d'; i({ a: { b: { c: e8 } } }, { depth: 1 });
