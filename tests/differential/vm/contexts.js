// vm contexts: a sandbox's properties are the context's globals (read live, assigned through),
// what the code declares or assigns comes back to the sandbox when the run ends, deletions too;
// `let`/`const` stay in the context; objects come from the context's realm (not instanceof the
// host's classes, but inspected the same); a context has its own builtins, a silent console, no
// require/process/timers; Script reuse across contexts; createContext/isContext.
const vm = require('vm');
const util = require('util');
const t = (what, f) => {
  try {
    console.log(what, f());
  } catch (e) {
    console.log(what, 'threw', e.name);
  }
};
console.log(Object.keys(vm).join(' '));
console.log(vm.runInThisContext('1 + 2'), (globalThis.shared = 5, vm.runInThisContext('shared * 2')));
const sb = { a: 2, log: [] };
console.log(vm.runInNewContext('var b = a + 1; c = b * 2; log.push(typeof require, typeof console, typeof process, typeof setTimeout); a = 10; b', sb));
console.log(sb);
const ctx = vm.createContext({ n: 1, out: [], print: (...a) => console.log('print:', ...a) });
console.log(vm.isContext(ctx), vm.isContext({}), vm.createContext(ctx) === ctx);
vm.runInContext('n += 1; var m = n * 10; function f() { return m; }', ctx);
console.log(ctx.n, ctx.m, typeof ctx.f, ctx.f());
ctx.n = 100;
console.log(vm.runInContext('n', ctx), vm.runInContext('m', ctx));
t('let persists', () => { vm.runInContext('let counter = 1; const K = "k";', ctx); return vm.runInContext('++counter + K', ctx); });
t('let stays inside', () => [ctx.counter, 'counter' in ctx]);
t('redeclared let', () => vm.runInContext('let counter = 5', ctx));
t('missing global', () => vm.runInNewContext('missing + 1', {}));
t('host function', () => vm.runInContext('print("from the context", typeof out, out instanceof Array); out.push(1); out.length', ctx));
t('silent console', () => vm.runInNewContext('console.log("never shown"); console.error("nor this"); typeof console.table'));
const arr = vm.runInNewContext('[1, 2, { x: 1 }]');
console.log(arr, Array.isArray(arr), arr instanceof Array, arr.constructor === Array);
t('inspect', () => util.inspect(vm.runInNewContext('({ a: 1, m: new Map([[1, { b: 2 }]]), s: new Set([1]), d: new Date(0), r: /x/g, c: class Foo {}, f: function named() {}, arr: [1, , 3], big: 10n, sym: Symbol("s") })'), { depth: 4 }));
t('instance', () => util.inspect(vm.runInNewContext('class Point { constructor() { this.x = 1; } }; new Point()')));
t('error', () => { try { vm.runInNewContext('null.x'); } catch (e) { return [e.name, e instanceof TypeError, e.constructor.name, Object.prototype.toString.call(e)]; } });
t('thrown from the context', () => { try { vm.runInNewContext('throw new RangeError("in ctx")'); } catch (e) { return [e.name, e.message, e instanceof RangeError]; } });
t('promise', () => {
  const p = vm.runInNewContext('Promise.resolve(41).then((v) => v + 1)');
  p.then((v) => console.log('promise resolved', v));
  return [p instanceof Promise, typeof p.then];
});
t('delete', () => { const s = { a: 1, b: 2 }; vm.runInNewContext('delete a; b = 3; var c = 4', s); return s; });
t('getter', () => { let n = 0; const s = { get n() { return ++n; } }; return [vm.runInNewContext('n + n', s), n]; });
t('sandbox shadows a builtin', () => vm.runInNewContext('typeof Array + " " + Math', { Array: 'mine', Math: 5 }));
t('eval inside', () => vm.runInNewContext('eval("var e1 = 7"); e1 * 2', {}));
t('this', () => vm.runInNewContext('this.q = 9; [q, this === globalThis]', {}));
t('json', () => JSON.stringify(vm.runInNewContext('({ a: [1, { b: null }] })')));
t('keys', () => vm.runInNewContext('Object.keys(globalThis).join()', { x: 1, y: 2 }));
t('script reuse', () => {
  const s = new vm.Script('typeof seen === "undefined" ? (seen = 1) : ++seen');
  const c = vm.createContext({});
  return [s.runInContext(c), s.runInContext(c), c.seen, s.runInNewContext(), s.runInThisContext(), s.runInThisContext()];
});
t('array sandbox', () => { const a = [1, 2]; vm.createContext(a); return vm.runInContext('length + this[0]', a); });
t('live assignment from a callback', () => {
  const s = { result: 0, later: [] };
  vm.runInNewContext('later.push(() => { result = 42; })', s);
  s.later[0]();
  return s.result;
});
t('builtins', () => vm.runInNewContext('[typeof console.log, typeof globalThis.process, typeof queueMicrotask, typeof structuredClone, typeof URL, typeof Buffer].join()'));
